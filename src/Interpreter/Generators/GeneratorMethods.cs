using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>The Python-visible methods of generators and coroutines: send, throw, close, __next__, __await__.</summary>
internal static partial class Generators
{
    public static void Install()
    {
        foreach (var t in new[] { PyType.Generator, PyType.Coroutine })
        {
            t.AddMethod1("send", static (ts, self, v) => SendMethod(ts, (PyGenerator)self.AsObject, v));
            t.AddMethod("throw", static (ts, a, kw) => ThrowMethod(ts, (PyGenerator)a[0].AsObject, a[1..]), NativeArity.Positional);
            t.AddMethod0("close", static (ts, self) => Close(ts, (PyGenerator)self.AsObject));
            t.Repr = static (ts, v) =>
            {
                var g = (PyGenerator)v.AsObject;
                return PyValue.FromObject(new PyStr("<" + g.KindName + " object " + g.QualName.Value + " at 0x" + PyOps.AddressOf(v).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ">"));
            };
            var prefix = ReferenceEquals(t, PyType.Generator) ? "gi_" : "cr_";
            t.AddGetSet("__name__", static (ts, v) => PyValue.FromObject(((PyGenerator)v.AsObject).Name), static (ts, v, x) =>
            {
                ((PyGenerator)v.AsObject).Name = (PyStr)x.AsObject;
                return true;
            });
            t.AddGetSet("__qualname__", static (ts, v) => PyValue.FromObject(((PyGenerator)v.AsObject).QualName), static (ts, v, x) =>
            {
                ((PyGenerator)v.AsObject).QualName = (PyStr)x.AsObject;
                return true;
            });
            t.AddGetSet(prefix + "running", static (ts, v) => PyValue.FromBool(((PyGenerator)v.AsObject).State == GeneratorState.Running));
            t.AddGetSet(prefix + "suspended", static (ts, v) => PyValue.FromBool(((PyGenerator)v.AsObject).State == GeneratorState.Suspended));
            t.AddGetSet(prefix + "code", static (ts, v) => PyValue.FromObject(((PyGenerator)v.AsObject).Frame.Code));
            t.AddGetSet(prefix + "frame", static (ts, v) => ((PyGenerator)v.AsObject) is { State: not GeneratorState.Finished } g ? PyValue.FromObject(g.Frame.GetFrameObject()) : PyValue.None);
            t.AddGetSet(ReferenceEquals(t, PyType.Generator) ? "gi_yieldfrom" : "cr_await", static (ts, v) => ((PyGenerator)v.AsObject) is { State: GeneratorState.Suspended, YieldFrom: { IsNull: false } y } ? y : PyValue.None);
        }

        PyType.Generator.Iter = static (ts, v) => v;
        PyType.Generator.IterNext = IterNext;
        PyType.Coroutine.AddMethod0("__await__", static (ts, self) => PyValue.FromObject(new CoroutineWrapper((PyGenerator)self.AsObject)));
        CoroutineWrapper.Install();
        InstallAsync();
    }

    private static int IterNext(ThreadState ts, PyValue self, out PyValue item)
    {
        var gen = (PyGenerator)self.AsObject;
        var r = Resume(ts, gen, PyValue.None, false, out item);
        if (r == ResumeResult.Yielded)
        {
            return 1;
        }

        if (r == ResumeResult.Returned)
        {
            if (!item.IsNone)
            {
                ts.SetError(PyExc.StopIteration, [item]);
                return -1;
            }

            return 0;
        }

        return -1;
    }

    /// <summary>send(v): the next yielded value, or StopIteration(return value).</summary>
    public static PyValue SendMethod(ThreadState ts, PyGenerator gen, PyValue v)
    {
        var r = Resume(ts, gen, v, false, out var result);
        return r switch
        {
            ResumeResult.Yielded => result,
            ResumeResult.Returned => RaiseStop(ts, gen, result),
            _ => PyValue.Error,
        };
    }

    private static PyValue RaiseStop(ThreadState ts, PyGenerator gen, PyValue value)
    {
        if (gen.IsAsyncGenerator)
        {
            return ts.SetError(PyExc.StopAsyncIteration, []);
        }

        return value.IsNone ? ts.SetError(PyExc.StopIteration, []) : ts.SetError(PyExc.StopIteration, [value]);
    }

    /// <summary>throw(value) / throw(type[, value[, tb]]).</summary>
    public static PyValue ThrowMethod(ThreadState ts, PyGenerator gen, ReadOnlySpan<PyValue> args)
    {
        if (args.Length is < 1 or > 3)
        {
            return ts.SetError(PyExc.TypeError, "throw expected at least 1 argument, got " + args.Length);
        }

        var exc = MakeThrown(ts, args[0], args.Length > 1 ? args[1] : PyValue.None, args.Length > 2 ? args[2] : PyValue.None);
        if (exc is null)
        {
            return PyValue.Error;
        }

        var r = Throw(ts, gen, exc, out var result);
        return r switch
        {
            ResumeResult.Yielded => result,
            ResumeResult.Returned => RaiseStop(ts, gen, result),
            _ => PyValue.Error,
        };
    }

    private static PyBaseException? MakeThrown(ThreadState ts, PyValue type, PyValue value, PyValue tb)
    {
        PyBaseException? exc = null;
        if (type.AsObject is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            var made = value.IsNone ? PyOps.Call0(ts, type) : value.AsObject is PyBaseException given && given.Type.IsSubtypeOf(t) ? value : PyOps.Call1(ts, type, value);
            if (made.IsError)
            {
                return null;
            }

            exc = made.AsObject as PyBaseException;
        }
        else if (type.AsObject is PyBaseException instance)
        {
            if (!value.IsNone)
            {
                ts.SetError(PyExc.TypeError, "instance exception may not have a separate value");
                return null;
            }

            exc = instance;
        }

        if (exc is null)
        {
            ts.SetError(PyExc.TypeError, "exceptions must be classes or instances deriving from BaseException, not " + type.Type.Name);
            return null;
        }

        if (!tb.IsNone)
        {
            if (tb.AsObject is not PyTraceback traceback)
            {
                ts.SetError(PyExc.TypeError, "throw() third argument must be a traceback object");
                return null;
            }

            exc.Traceback = traceback;
        }

        return exc;
    }

    /// <summary>
    /// Raises <paramref name="exc"/> inside the generator at its suspension point, first in the
    /// object it is delegating to (yield from / await), whose failure or return then continues in the generator.
    /// </summary>
    public static ResumeResult Throw(ThreadState ts, PyGenerator gen, PyBaseException exc, out PyValue result)
    {
        result = PyValue.Error;
        if (gen.State == GeneratorState.Suspended && !gen.YieldFrom.IsNull)
        {
            var yf = gen.YieldFrom;
            if (exc.Type.IsSubtypeOf(PyExc.GeneratorExit))
            {
                gen.State = GeneratorState.Running;
                var closed = CloseIter(ts, yf);
                gen.State = GeneratorState.Suspended;
                gen.YieldFrom = PyValue.Null;
                if (!closed)
                {
                    return Resume(ts, gen, PyValue.None, true, out result);
                }
            }
            else
            {
                PyValue ret;
                gen.State = GeneratorState.Running;
                if (yf.AsObject is PyGenerator sub)
                {
                    var r = Throw(ts, sub, exc, out ret);
                    gen.State = GeneratorState.Suspended;
                    if (r == ResumeResult.Yielded)
                    {
                        result = ret;
                        return ResumeResult.Yielded;
                    }

                    if (r == ResumeResult.Returned)
                    {
                        ts.SetError(PyExc.StopIteration, ret.IsNone ? [] : [ret]);
                    }
                }
                else
                {
                    var found = PyOps.TryGetAttr(ts, yf, Objects.Names.Throw, out var meth);
                    if (found <= 0)
                    {
                        gen.State = GeneratorState.Suspended;
                        if (found < 0)
                        {
                            return Resume(ts, gen, PyValue.None, true, out result);
                        }

                        ts.SetError(exc);
                        return Resume(ts, gen, PyValue.None, true, out result);
                    }

                    ret = PyOps.Call1(ts, meth, PyValue.FromObject(exc));
                    gen.State = GeneratorState.Suspended;
                    if (!ret.IsError)
                    {
                        result = ret;
                        return ResumeResult.Yielded;
                    }
                }

                gen.YieldFrom = PyValue.Null;
                return Resume(ts, gen, PyValue.None, true, out result);
            }
        }

        ts.SetError(exc);
        return Resume(ts, gen, PyValue.None, true, out result);
    }

    private static bool CloseIter(ThreadState ts, PyValue yf)
    {
        if (yf.AsObject is PyGenerator g)
        {
            return !Close(ts, g).IsError;
        }

        var found = PyOps.TryGetAttr(ts, yf, Objects.Names.Close, out var close);
        if (found < 0)
        {
            return false;
        }

        return found == 0 || !PyOps.Call0(ts, close).IsError;
    }

    /// <summary>close(): GeneratorExit at the suspension point; a yield in reply is an error; a return value is returned (3.13+).</summary>
    public static PyValue Close(ThreadState ts, PyGenerator gen)
    {
        if (gen.State is GeneratorState.Created or GeneratorState.Finished)
        {
            gen.State = GeneratorState.Finished;
            return PyValue.None;
        }

        var r = Throw(ts, gen, PyBaseException.Create(PyExc.GeneratorExit, ""), out var result);
        if (r == ResumeResult.Yielded)
        {
            return ts.SetError(PyExc.RuntimeError, gen.KindName + " ignored GeneratorExit");
        }

        if (r == ResumeResult.Returned)
        {
            return result;
        }

        if (ts.ErrorMatches(PyExc.GeneratorExit) || ts.ErrorMatches(PyExc.StopIteration))
        {
            ts.ClearError();
            return PyValue.None;
        }

        return PyValue.Error;
    }
}

/// <summary>The iterator <c>coroutine.__await__()</c> returns (coroutine_wrapper).</summary>
internal sealed class CoroutineWrapper : PyObject
{
    private static readonly PyType s_type = PyType.CreateRuntimeType("coroutine_wrapper");

    public CoroutineWrapper(PyGenerator coroutine)
        : base(s_type)
    {
        Coroutine = coroutine;
    }

    public PyGenerator Coroutine { get; }

    public static void Install()
    {
        s_type.Iter = static (ts, v) => v;
        s_type.IterNext = static (ThreadState ts, PyValue v, out PyValue item) =>
        {
            item = Generators.SendMethod(ts, ((CoroutineWrapper)v.AsObject).Coroutine, PyValue.None);
            return item.IsError ? -1 : 1;
        };
        s_type.AddMethod1("send", static (ts, self, v) => Generators.SendMethod(ts, ((CoroutineWrapper)self.AsObject).Coroutine, v));
        s_type.AddMethod("throw", static (ts, a, kw) => Generators.ThrowMethod(ts, ((CoroutineWrapper)a[0].AsObject).Coroutine, a[1..]), NativeArity.Positional);
        s_type.AddMethod0("close", static (ts, self) => Generators.Close(ts, ((CoroutineWrapper)self.AsObject).Coroutine));
    }
}
