using System.Diagnostics;

namespace ProtoPython.Runtime.Import;

/// <summary>
/// <c>-X importtime</c> (or <c>PYTHONPROFILEIMPORTTIME</c>): each module the import system loads
/// prints its own and cumulative microseconds to stderr when it finishes, indented by nesting,
/// in CPython's format.
/// </summary>
public sealed partial class ImportSystem
{
    private int _importTimeState; // 0 not decided, 1 off, 2 on
    private readonly List<long> _childTicks = [];

    private bool ImportTimeEnabled
    {
        get
        {
            if (_importTimeState == 0)
            {
                var options = _runtime.Options;
                var on = options.XOptions.ContainsKey("importtime")
                    || (!options.IgnoreEnvironment && options.GetEnvironmentVariable("PYTHONPROFILEIMPORTTIME") is { Length: > 0 });
                _importTimeState = on ? 2 : 1;
                if (on)
                {
                    _runtime.StdErr.Write("import time: self [us] | cumulative | imported package\n");
                }
            }

            return _importTimeState == 2;
        }
    }

    private long BeginTimedLoad()
    {
        _childTicks.Add(0);
        return Stopwatch.GetTimestamp();
    }

    private void EndTimedLoad(string fullName, long start)
    {
        var elapsed = Stopwatch.GetTimestamp() - start;
        var depth = _childTicks.Count - 1;
        var children = _childTicks[depth];
        _childTicks.RemoveAt(depth);
        if (depth > 0)
        {
            _childTicks[depth - 1] += elapsed;
        }

        var self = (elapsed - children) * 1_000_000 / Stopwatch.Frequency;
        var cumulative = elapsed * 1_000_000 / Stopwatch.Frequency;
        _runtime.StdErr.Write("import time: " + self.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(9)
            + " | " + cumulative.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(10)
            + " | " + new string(' ', depth * 2) + fullName + "\n");
    }
}
