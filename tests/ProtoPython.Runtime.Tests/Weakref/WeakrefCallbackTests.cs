using System.Runtime.CompilerServices;
using ProtoPython.Objects;
using ProtoPython.Runtime.Modules;
using ThreadState = ProtoPython.Objects.ThreadState;

namespace ProtoPython.Runtime.Tests.Weakref;

/// <summary>
/// _weakref over .NET weak references: once the GC collected a referent, ref() returns None and
/// the callbacks of the refs still alive are queued as pending calls on the creating thread.
/// </summary>
public sealed class WeakrefCallbackTests
{
    private static readonly PyStr s_ref = PyStr.Intern("ref");

    [Fact]
    public void Callback_runs_as_a_pending_call_after_the_referent_is_collected()
    {
        var ts = new ThreadState();
        var calls = new List<PyValue>();
        var callback = PyValue.FromObject(new PyBuiltinFunction("cb", (t, a, kw) =>
        {
            calls.Add(a[0]);
            return PyValue.None;
        }));
        var module = Module(ts);
        var weak = MakeRefToGarbage(ts, module, callback);
        Collect();

        Assert.NotEqual(0, ts.EvalBreaker & ThreadState.BreakerPendingCalls);
        Assert.Empty(calls);
        ts.RunPendingCalls();
        Assert.Single(calls);
        Assert.True(PyValue.Is(calls[0], weak));
        Assert.True(PyOps.Call0(ts, weak).IsNone);
        Assert.False(ts.HasError);
    }

    [Fact]
    public void Live_referent_keeps_its_ref_and_queues_nothing()
    {
        var ts = new ThreadState();
        var module = Module(ts);
        var target = PyValue.FromObject(new PyModule("alive"));
        var weak = PyOps.Call(ts, Attr(module, s_ref), [target, PyValue.FromObject(new PyBuiltinFunction("cb", (t, a, kw) => PyValue.None))]);
        Collect();

        Assert.Equal(0, ts.EvalBreaker & ThreadState.BreakerPendingCalls);
        Assert.True(PyValue.Is(PyOps.Call0(ts, weak), target));
        var count = PyOps.Call(ts, Attr(module, PyStr.Intern("getweakrefcount")), [target]);
        Assert.Equal(1, count.AsInt64);
        GC.KeepAlive(target.AsObject);
    }

    private static PyModule Module(ThreadState ts)
    {
        BuiltinTypes.Initialize();
        return new WeakrefModule().Create(ts, null!)!;
    }

    private static PyValue Attr(PyModule m, PyStr name) => m.Dict.TryGetStr(name, out var v) ? v : PyValue.Error;

    // The referent exists only inside this frame, so nothing keeps it alive after the call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue MakeRefToGarbage(ThreadState ts, PyModule module, PyValue callback)
    {
        var target = PyValue.FromObject(new PyModule("garbage"));
        var weak = PyOps.Call(ts, Attr(module, s_ref), [target, callback]);
        Assert.False(weak.IsError);
        return weak;
    }

    private static void Collect()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }
}
