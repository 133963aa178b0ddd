using System.Text.Json.Nodes;
using ProtoPython.PerfTool.Results;

namespace ProtoPython.Perf.Tests;

/// <summary>Builds small suites with chosen values, for table and check tests.</summary>
internal static class TestSuites
{
    public static PerfSuite Make(string label, params (string Name, double[] Seconds)[] benchmarks)
    {
        var suite = new PerfSuite { Label = label };
        foreach (var (name, seconds) in benchmarks)
        {
            var b = new PerfBenchmark { Name = name, Metadata = new JsonObject { ["unit"] = "second" } };
            foreach (var s in seconds)
            {
                b.Runs.Add(new PerfRun
                {
                    Values = [s],
                    Metadata = new JsonObject { ["duration"] = s, ["cpu_user_time"] = s * 0.9, ["cpu_system_time"] = s * 0.1 },
                });
            }

            suite.Benchmarks.Add(b);
        }

        return suite;
    }

    /// <summary>A copy of <paramref name="suite"/> with every time (wall and CPU) multiplied by <paramref name="factor"/>.</summary>
    public static PerfSuite Scaled(PerfSuite suite, double factor)
    {
        var json = suite.ToJson();
        foreach (var b in json["benchmarks"]!.AsArray())
        {
            foreach (var run in b!["runs"]!.AsArray())
            {
                if (run!["values"] is JsonArray values)
                {
                    run["values"] = new JsonArray(values.Select(v => (JsonNode)(v!.GetValue<double>() * factor)).ToArray());
                }

                if (run["metadata"] is JsonObject m)
                {
                    foreach (var key in new[] { "duration", "cpu_user_time", "cpu_system_time" })
                    {
                        if (m[key] is { } v)
                        {
                            m[key] = v.GetValue<double>() * factor;
                        }
                    }
                }
            }
        }

        return PerfSuite.FromJson(JsonNode.Parse(json.ToJsonString())!.AsObject(), suite.Label);
    }
}
