namespace ProtoPython.PerfTool.Workloads;

/// <summary>Reads the workloads of a folder (by default perf/workloads) and their expected outputs.</summary>
public static class WorkloadCatalog
{
    /// <summary>Loads every <c>*.py</c> of <paramref name="folder"/>, sorted by name.</summary>
    /// <exception cref="InvalidDataException">A header is incomplete or an expected output is missing.</exception>
    public static List<Workload> Load(string folder)
    {
        var result = new List<Workload>();
        foreach (var path in Directory.GetFiles(folder, "*.py").Order(StringComparer.Ordinal))
        {
            result.Add(LoadOne(path));
        }

        return result;
    }

    /// <summary>Keeps the workloads named in <paramref name="names"/> or carrying one of <paramref name="tags"/>.</summary>
    public static List<Workload> Select(List<Workload> all, IReadOnlyCollection<string> names, IReadOnlyCollection<string> tags)
    {
        foreach (var name in names)
        {
            if (!all.Exists(w => w.Name == name))
            {
                throw new ArgumentException($"no workload named '{name}' (known: {string.Join(", ", all.Select(w => w.Name))})");
            }
        }

        return all.FindAll(w => (names.Count == 0 && tags.Count == 0)
            || names.Contains(w.Name)
            || w.Tags.Any(tags.Contains));
    }

    private static Workload LoadOne(string path)
    {
        var fields = ReadHeader(path);
        var stem = System.IO.Path.GetFileNameWithoutExtension(path);
        string Field(string key) => fields.TryGetValue(key, out var v) && v.Length > 0
            ? v
            : throw new InvalidDataException($"{path}: header has no '# {key}:' line");

        if (Field("name") != stem)
        {
            throw new InvalidDataException($"{path}: '# name:' must be '{stem}'");
        }

        var tags = Field("tags").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var argv = fields.TryGetValue("argv", out var a)
            ? a.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [System.IO.Path.GetFullPath(path)];
        var expectedPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, "expected", stem + ".txt");
        if (!File.Exists(expectedPath))
        {
            throw new InvalidDataException($"{path}: no expected output {expectedPath} (run tools/record-expected workloads)");
        }

        return new Workload(stem, System.IO.Path.GetFullPath(path), tags, Field("size"), Field("description"), argv,
            File.ReadAllText(expectedPath));
    }

    /// <summary>The leading <c># key: value</c> comment lines of a workload.</summary>
    internal static Dictionary<string, string> ReadHeader(string path)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith('#'))
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields[line[1..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return fields;
    }
}
