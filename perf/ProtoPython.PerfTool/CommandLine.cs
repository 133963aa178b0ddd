namespace ProtoPython.PerfTool;

/// <summary>A minimal parser: <c>--name value</c>, <c>--name=value</c>, repeatable options, flags and positionals.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public CommandLine(IEnumerable<string> args, IReadOnlySet<string> flagNames)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                Positionals.Add(arg);
                continue;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[2..eq] : arg[2..];
            if (flagNames.Contains(name))
            {
                _flags.Add(name);
                continue;
            }

            string value;
            if (eq > 0)
            {
                value = arg[(eq + 1)..];
            }
            else if (e.MoveNext())
            {
                value = e.Current;
            }
            else
            {
                throw new ArgumentException($"--{name} needs a value");
            }

            if (!_options.TryGetValue(name, out var list))
            {
                _options[name] = list = [];
            }

            list.Add(value);
        }
    }

    public List<string> Positionals { get; } = [];

    public bool Flag(string name) => _flags.Contains(name);

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v[^1] : null;

    public List<string> All(string name) => _options.TryGetValue(name, out var v) ? v : [];

    /// <summary>All values of a repeatable, comma-separated option.</summary>
    public List<string> List(string name) =>
        All(name).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    public int Int(string name, int fallback) =>
        Get(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    /// <summary>Options not in <paramref name="known"/> (to reject typos).</summary>
    public IEnumerable<string> Unknown(params string[] known) =>
        _options.Keys.Concat(_flags).Where(k => !known.Contains(k));
}
