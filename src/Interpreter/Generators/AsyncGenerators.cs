using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>await and async iteration (GET_AWAITABLE, GET_AITER, GET_ANEXT) and the async generator protocol.</summary>
internal static partial class Generators
{
    private static void InstallAsync()
    {
        var t = PyType.AsyncGenerator;
        t.AddMethod0("__aiter__", static (ts, self) => self);
        t.AddMethod0("__anext__", static (ts, self) => PyValue.FromObject(new AsyncGenAwaitable((PyGenerator)self.AsObject, AsyncGenAwaitable.Mode.Send, PyValue.None, null)));
        t.AddMethod1("asend", static (ts, self, v) => PyValue.FromObject(new AsyncGenAwaitable((PyGenerator)self.AsObject, AsyncGenAwaitable.Mode.Send, v, null)));
        t.AddMethod("athrow", static (ts, a, kw) =>
        {
            var exc = MakeThrown(ts, a.Length > 1 ? a[1] : PyValue.None, a.Length > 2 ? a[2] : PyValue.None, a.Length > 3 ? a[3] : PyValue.None);
            return exc is null ? PyValue.Error : PyValue.FromObject(new AsyncGenAwaitable((PyGenerator)a[0].AsObject, AsyncGenAwaitable.Mode.Throw, PyValue.None, exc));
        }, NativeArity.Positional);
        t.AddMethod0("aclose", static (ts, self) => PyValue.FromObject(new AsyncGenAwaitable((PyGenerator)self.AsObject, AsyncGenAwaitable.Mode.Close, PyValue.None, null)));
        t.AddGetSet("__name__", static (ts, v) => PyValue.FromObject(((PyGenerator)v.AsObject).Name));
        t.AddGetSet("__qualname__", static (ts, v) => PyValue.FromObject(((PyGenerator)v.AsObject).QualName));
        t.AddGetSet("ag_running", static (ts, v) => PyValue.FromBool(((PyGenerator)v.AsObject).AsyncRunning));
        t.AddGetSet("ag_code", static (ts, v) => PyValue.FromObject(((PyGenerator)v.AsObject).Frame.Code));
        t.AddGetSet("ag_frame", static (ts, v) => ((PyGenerator)v.AsObject) is { State: not GeneratorState.Finished } g ? PyValue.FromObject(g.Frame.GetFrameObject()) : PyValue.None);
        t.AddGetSet("ag_await", static (ts, v) => ((PyGenerator)v.AsObject).YieldFrom is { IsNull: false } y ? y : PyValue.None);
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr("<async_generator object " + ((PyGenerator)v.AsObject).QualName.Value + " at 0x"
            + PyOps.AddressOf(v).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ">"));
        AsyncGenAwaitable.Install();
    }

    /// <summary>GET_AWAITABLE: the iterator an <c>await</c> drives.</summary>
    public static PyValue GetAwaitable(ThreadState ts, PyValue v, int oparg)
    {
        if (v.AsObject is PyGenerator g && (g.IsCoroutine || (g.Frame.Code.Flags & CodeFlagBits.IterableCoroutine) != 0))
        {
            if (g.IsCoroutine && g.State == GeneratorState.Suspended && !g.YieldFrom.IsNull && oparg == 0)
            {
                return ts.SetError(PyExc.RuntimeError, "coroutine is being awaited already");
            }

            return v;
        }

        var r = PyOps.LookupSpecial(ts, v, Objects.Names.Await, out var method);
        if (r < 0)
        {
            return PyValue.Error;
        }

        if (r == 0)
        {
            return oparg switch
            {
                1 => ts.SetError(PyExc.TypeError, "'async with' received an object from __aenter__ that does not implement __await__: " + v.Type.Name),
                2 => ts.SetError(PyExc.TypeError, "'async with' received an object from __aexit__ that does not implement __await__: " + v.Type.Name),
                _ => ts.SetError(PyExc.TypeError, "'" + v.Type.Name + "' object can't be awaited"),
            };
        }

        var it = PyOps.Call0(ts, method);
        if (it.IsError)
        {
            return it;
        }

        if (it.AsObject is PyGenerator { IsCoroutine: true })
        {
            return ts.SetError(PyExc.TypeError, "__await__() returned a coroutine");
        }

        if (it.Type.IterNext is null)
        {
            return ts.SetError(PyExc.TypeError, "__await__() returned non-iterator of type '" + it.Type.Name + "'");
        }

        return it;
    }

    /// <summary>GET_AITER.</summary>
    public static PyValue GetAIter(ThreadState ts, PyValue v)
    {
        var r = PyOps.LookupSpecial(ts, v, Objects.Names.AIter, out var method);
        if (r <= 0)
        {
            return r < 0 ? PyValue.Error : ts.SetError(PyExc.TypeError, "'async for' requires an object with __aiter__ method, got " + v.Type.Name);
        }

        var it = PyOps.Call0(ts, method);
        if (it.IsError)
        {
            return it;
        }

        if (!it.Type.TryLookup(Objects.Names.ANext, out _))
        {
            return ts.SetError(PyExc.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: " + it.Type.Name);
        }

        return it;
    }

    /// <summary>GET_ANEXT: the awaitable of the next step of an async iterator.</summary>
    public static PyValue GetANext(ThreadState ts, PyValue aiter)
    {
        if (aiter.AsObject is PyGenerator { IsAsyncGenerator: true } agen)
        {
            return PyValue.FromObject(new AsyncGenAwaitable(agen, AsyncGenAwaitable.Mode.Send, PyValue.None, null));
        }

        var r = PyOps.LookupSpecial(ts, aiter, Objects.Names.ANext, out var method);
        if (r <= 0)
        {
            return r < 0 ? PyValue.Error : ts.SetError(PyExc.TypeError, "'async for' requires an iterator with __anext__ method, got " + aiter.Type.Name);
        }

        var next = PyOps.Call0(ts, method);
        if (next.IsError)
        {
            return next;
        }

        var awaitable = GetAwaitable(ts, next, 0);
        if (awaitable.IsError && ts.ErrorMatches(PyExc.TypeError))
        {
            ts.ClearError();
            return ts.SetError(PyExc.TypeError, "'async for' received an invalid object from __anext__: " + next.Type.Name);
        }

        return awaitable;
    }
}

/// <summary>The awaitables of an async generator: asend/__anext__, athrow and aclose.</summary>
internal sealed class AsyncGenAwaitable : PyObject
{
    private static readonly PyType s_type = PyType.CreateRuntimeType("async_generator_asend");

    private readonly PyGenerator _gen;
    private readonly Mode _mode;
    private readonly PyValue _first;
    private readonly PyBaseException? _exc;
    private int _state; // 0 not started, 1 running, 2 done

    public AsyncGenAwaitable(PyGenerator gen, Mode mode, PyValue first, PyBaseException? exc)
        : base(s_type)
    {
        _gen = gen;
        _mode = mode;
        _first = first;
        _exc = exc;
    }

    public enum Mode
    {
        Send,
        Throw,
        Close,
    }

    public static void Install()
    {
        s_type.Iter = static (ts, v) => v;
        s_type.IterNext = static (ThreadState ts, PyValue v, out PyValue item) =>
        {
            item = ((AsyncGenAwaitable)v.AsObject).Step(ts, PyValue.None, null);
            return item.IsError ? -1 : 1;
        };
        s_type.AddMethod0("__await__", static (ts, self) => self);
        s_type.AddMethod1("send", static (ts, self, v) => ((AsyncGenAwaitable)self.AsObject).Step(ts, v, null));
        s_type.AddMethod("throw", static (ts, a, kw) =>
        {
            var exc = a[1].AsObject as PyBaseException ?? (a[1].AsObject is PyType ? PyOps.Call0(ts, a[1]).AsObject as PyBaseException : null);
            return exc is null ? ts.SetError(PyExc.TypeError, "exceptions must derive from BaseException") : ((AsyncGenAwaitable)a[0].AsObject).Step(ts, PyValue.None, exc);
        }, NativeArity.Positional);
        s_type.AddMethod0("close", static (ts, self) =>
        {
            ((AsyncGenAwaitable)self.AsObject)._state = 2;
            return PyValue.None;
        });
    }

    private PyValue Step(ThreadState ts, PyValue value, PyBaseException? thrown)
    {
        if (_state == 2)
        {
            return ts.SetError(PyExc.RuntimeError, _mode == Mode.Send ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()");
        }

        ResumeResult r;
        PyValue result;
        if (_state == 0)
        {
            _state = 1;
            if (_gen.State == GeneratorState.Finished)
            {
                _state = 2;
                return _mode == Mode.Close ? ts.SetError(PyExc.StopIteration, []) : ts.SetError(PyExc.StopAsyncIteration, []);
            }

            if (_mode == Mode.Close && _gen.State == GeneratorState.Created)
            {
                _gen.State = GeneratorState.Finished;
                _state = 2;
                return ts.SetError(PyExc.StopIteration, []);
            }

            _gen.AsyncRunning = true;
            r = thrown is not null ? Generators.Throw(ts, _gen, thrown, out result)
                : _mode == Mode.Send ? Generators.Resume(ts, _gen, value.IsNone ? _first : value, false, out result)
                : Generators.Throw(ts, _gen, _exc ?? PyBaseException.Create(PyExc.GeneratorExit, ""), out result);
        }
        else
        {
            r = thrown is not null ? Generators.Throw(ts, _gen, thrown, out result) : Generators.Resume(ts, _gen, value, false, out result);
        }

        switch (r)
        {
            case ResumeResult.Yielded when result.AsObject is AsyncGenWrappedValue wrapped:
                _state = 2;
                _gen.AsyncRunning = false;
                if (_mode == Mode.Close)
                {
                    return ts.SetError(PyExc.RuntimeError, "async generator ignored GeneratorExit");
                }

                return ts.SetError(PyExc.StopIteration, [wrapped.Value]);
            case ResumeResult.Yielded:
                return result;
            case ResumeResult.Returned:
                _state = 2;
                _gen.AsyncRunning = false;
                return _mode == Mode.Close ? ts.SetError(PyExc.StopIteration, []) : ts.SetError(PyExc.StopAsyncIteration, []);
            default:
                _state = 2;
                _gen.AsyncRunning = false;
                if (_mode == Mode.Close && (ts.ErrorMatches(PyExc.StopAsyncIteration) || ts.ErrorMatches(PyExc.GeneratorExit)))
                {
                    ts.ClearError();
                    return ts.SetError(PyExc.StopIteration, []);
                }

                return PyValue.Error;
        }
    }
}
