using ProtoPython.PerfTool.Running;

namespace ProtoPython.Perf.Tests;

public class ScheduleTests
{
    [Fact]
    public void Interpreters_alternate_within_each_workload_after_the_warmups()
    {
        var plan = Schedule.Plan(workloads: 2, interpreters: 2, warmups: 1, runs: 2);
        Assert.Equal(12, plan.Count);
        Assert.Equal([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1], plan.Select(p => p.Interpreter));
        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1], plan.Select(p => p.Workload));
        Assert.Equal([true, true, false, false, false, false], plan.Take(6).Select(p => p.IsWarmup));
    }
}
