using ProtoPython.Objects;

namespace ProtoPython.Runtime.Import;

/// <summary>Finds the file of a module for <c>-m</c> without importing it (packages run their __main__).</summary>
public static class ModuleLocator
{
    public static string? Find(ThreadState ts, PythonRuntime runtime, string name)
    {
        var parts = name.Split('.');
        var dirs = new List<string>();
        for (var i = 0; i < runtime.Imports.Path.Count; i++)
        {
            runtime.Imports.Path.TryGetItem(ts, i, out var entry);
            if (entry.AsObject is PyStr s)
            {
                dirs.Add(s.Value.Length == 0 ? Directory.GetCurrentDirectory() : s.Value);
            }
        }

        foreach (var dir in dirs)
        {
            var path = Path.Combine([dir, .. parts]);
            if (File.Exists(Path.Combine(path, "__main__.py")))
            {
                return Path.Combine(path, "__main__.py");
            }

            if (File.Exists(path + ".py"))
            {
                return path + ".py";
            }
        }

        return null;
    }
}
