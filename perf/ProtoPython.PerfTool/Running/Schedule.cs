namespace ProtoPython.PerfTool.Running;

/// <summary>One planned execution: a workload round under one interpreter.</summary>
public readonly record struct ScheduledRun(int Workload, int Round, int Interpreter, bool IsWarmup);

/// <summary>
/// The order of executions. Per workload, every round runs each interpreter once (A B A B ...),
/// so slow drift of the machine (thermal, other load) hits all interpreters alike; the first
/// <c>warmups</c> rounds are warm-ups (page cache, CPU frequency) and are recorded but not measured.
/// </summary>
public static class Schedule
{
    public static List<ScheduledRun> Plan(int workloads, int interpreters, int warmups, int runs)
    {
        var plan = new List<ScheduledRun>(workloads * interpreters * (warmups + runs));
        for (var w = 0; w < workloads; w++)
        {
            for (var round = 0; round < warmups + runs; round++)
            {
                for (var i = 0; i < interpreters; i++)
                {
                    plan.Add(new ScheduledRun(w, round, i, round < warmups));
                }
            }
        }

        return plan;
    }
}
