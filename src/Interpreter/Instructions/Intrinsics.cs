using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>CALL_INTRINSIC_1 and CALL_INTRINSIC_2.</summary>
internal static class Intrinsics
{
    public static PyValue Call1(ThreadState ts, InterpreterFrame frame, int which, PyValue v)
    {
        switch (which)
        {
            case 1: // INTRINSIC_PRINT (the REPL's expression echo)
                return Hooks.DisplayHook(ts, v);
            case 2: // INTRINSIC_IMPORT_STAR
                return Imports.ImportStar(ts, frame, v) ? PyValue.None : PyValue.Error;
            case 3: // INTRINSIC_STOPITERATION_ERROR
                return Generators.StopIterationError(ts, frame, v);
            case 4: // INTRINSIC_ASYNC_GEN_WRAP
                return PyValue.FromObject(new AsyncGenWrappedValue(v));
            case 5: // INTRINSIC_UNARY_POSITIVE
                return PyOps.Positive(ts, v);
            case 6: // INTRINSIC_LIST_TO_TUPLE
                {
                    var list = (PyList)v.AsObject;
                    var items = new PyValue[list.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        list.TryGetItem(ts, i, out items[i]);
                    }

                    return PyValue.FromObject(new PyTuple(items));
                }

            default:
                return Hooks.TypingIntrinsic1(ts, which, v);
        }
    }

    public static PyValue Call2(ThreadState ts, InterpreterFrame frame, int which, PyValue a, PyValue b)
    {
        if (which == 1)
        {
            return Exceptions.PrepReraiseStar(ts, a, b);
        }

        if (which == 4)
        {
            // INTRINSIC_SET_FUNCTION_TYPE_PARAMS(func, type_params): the function is the lower item.
            ((PyFunction)a.AsObject).TypeParams = b;
            return a;
        }

        return Hooks.TypingIntrinsic2(ts, which, a, b);
    }
}

/// <summary>A value yielded by an async generator, marked so the awaiting machinery passes it out (CPython's _PyAsyncGenWrappedValue).</summary>
internal sealed class AsyncGenWrappedValue : PyObject
{
    public AsyncGenWrappedValue(PyValue value)
        : base(PyType.Object)
    {
        Value = value;
    }

    public PyValue Value { get; }
}

/// <summary>Runtime services the interpreter needs from the layer above (installed by the runtime).</summary>
public static class Hooks
{
    /// <summary><c>sys.displayhook</c> for INTRINSIC_PRINT.</summary>
    public static Func<ThreadState, PyValue, PyValue> DisplayHookImpl { get; set; } = static (ts, v) => PyValue.None;

    /// <summary><c>__import__(name, globals, locals, fromlist, level)</c>.</summary>
    public static Func<ThreadState, PyStr, PyDict, PyValue, PyValue, int, PyValue>? ImportImpl { get; set; }

    /// <summary>The import system's <c>sys.modules</c>.</summary>
    public static PyDict? SysModules { get; set; }

    /// <summary>The typing intrinsics (TypeVar, ParamSpec, generic subscripts...).</summary>
    public static Func<ThreadState, int, PyValue, PyValue, PyValue>? TypingImpl { get; set; }

    internal static PyValue DisplayHook(ThreadState ts, PyValue v) => DisplayHookImpl(ts, v);

    internal static PyValue TypingIntrinsic1(ThreadState ts, int which, PyValue v) =>
        TypingImpl is { } f ? f(ts, which, v, PyValue.Null) : ts.SetError(PyExc.SystemError, "typing intrinsic " + which + " is not supported yet");

    internal static PyValue TypingIntrinsic2(ThreadState ts, int which, PyValue a, PyValue b) =>
        TypingImpl is { } f ? f(ts, 100 + which, a, b) : ts.SetError(PyExc.SystemError, "typing intrinsic " + which + " is not supported yet");
}
