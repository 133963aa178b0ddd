using ProtoPython.Objects.Threading;

namespace ProtoPython.Objects.Tests.Threading;

public sealed class GilTests
{
    // Generous: only a deadlock (a bug) gets near it.
    private static readonly TimeSpan s_deadlockGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public void ReleaseGil_WithoutAGil_DoesNothing()
    {
        var ts = new ThreadState();
        using (ts.ReleaseGil())
        {
            Assert.Null(ts.Gil);
        }

        Assert.Null(ts.Gil);
    }

    [Fact]
    public void ReleaseGil_FreesTheLockAndTakesItBack()
    {
        var ts = new ThreadState();
        var gil = new Gil();
        gil.Acquire(ts);
        ts.Gil = gil;
        using (ts.ReleaseGil())
        {
            Assert.Null(gil.Holder);
        }

        Assert.Same(ts, gil.Holder);
    }

    [Fact]
    public void Yield_WithNobodyWaiting_KeepsTheLock()
    {
        var ts = new ThreadState();
        var gil = new Gil();
        gil.Acquire(ts);
        gil.Yield(ts);
        Assert.Same(ts, gil.Holder);
    }

    [Fact]
    public void AWaiter_RequestsADrop_AndGetsTheLockWhenTheHolderYields()
    {
        var holder = new ThreadState();
        var gil = new Gil();
        gil.Acquire(holder);
        ThreadState? seenHolder = null;
        var waiter = new Thread(() =>
        {
            var ts = new ThreadState();
            gil.Acquire(ts);
            seenHolder = gil.Holder == ts ? ts : null;
            gil.Release(ts);
        });
        waiter.Start();

        // The waiter asks for the lock through the holder's eval breaker after the switch interval.
        Assert.True(SpinWait.SpinUntil(() => (Volatile.Read(ref holder.EvalBreaker) & ThreadState.BreakerGilDropRequest) != 0, s_deadlockGuard));
        gil.Yield(holder);

        // Yield returns only after the waiter had the lock; now the holder has it back.
        Assert.Same(holder, gil.Holder);
        Assert.True(waiter.Join(s_deadlockGuard));
        Assert.NotNull(seenHolder);
    }
}
