namespace ProtoPython.Objects.Tests.Core;

public sealed class ErrorProtocolTests
{
    [Fact]
    public void SetError_StoresTheExceptionAndReturnsTheSentinel()
    {
        var ts = new ThreadState();
        Assert.False(ts.HasError);
        var r = ts.SetError(PyExc.ValueError, "bad");
        Assert.True(r.IsError);
        Assert.True(ts.HasError);
        Assert.True(ts.ErrorMatches(PyExc.Exception));
        Assert.False(ts.ErrorMatches(PyExc.TypeError));
        var e = ts.FetchError();
        Assert.NotNull(e);
        Assert.Same(PyExc.ValueError, e.Type);
        Assert.Equal("bad", e.Message);
        Assert.False(ts.HasError);
    }

    [Fact]
    public void Message_FollowsBaseExceptionStr()
    {
        Assert.Equal("", new PyBaseException(PyExc.MemoryError, []).Message);
        Assert.Equal("'k'", PyBaseException.Create(PyExc.KeyError, "k").Message);
        Assert.Equal("k", PyBaseException.Create(PyExc.IndexError, "k").Message);
        var e = new PyBaseException(PyExc.OverflowError, [PyValue.FromInt64(34), PyValue.FromObject(new PyStr("Numerical result out of range"))]);
        Assert.Equal("(34, 'Numerical result out of range')", e.Message);
    }

    [Fact]
    public void Operations_ReportFailureWithoutThrowing()
    {
        var ts = new ThreadState();
        var r = PyInt.FloorDivide(ts, PyValue.FromInt64(1), PyValue.FromInt64(0));
        Assert.True(r.IsError);
        Assert.True(ts.ErrorMatches(PyExc.ZeroDivisionError));
        Assert.True(ts.ErrorMatches(PyExc.ArithmeticError));
        ts.ClearError();
        Assert.False(ts.HasError);
    }

    [Fact]
    public void Current_IsPerThread()
    {
        var mine = ThreadState.Current;
        Assert.Same(mine, ThreadState.Current);
        ThreadState? other = null;
        var thread = new Thread(() => other = ThreadState.Current);
        thread.Start();
        thread.Join();
        Assert.NotNull(other);
        Assert.NotSame(mine, other);
    }

    [Fact]
    public void ExceptionChainingSlots_StartEmpty()
    {
        var e = PyBaseException.Create(PyExc.TypeError, "x");
        Assert.Null(e.Cause);
        Assert.Null(e.Context);
        Assert.Null(e.Traceback);
        Assert.False(e.SuppressContext);
        e.Context = PyBaseException.Create(PyExc.KeyError, "y");
        Assert.Same(PyExc.KeyError, e.Context.Type);
    }
}
