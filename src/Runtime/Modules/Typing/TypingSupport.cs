using ProtoPython.Interpreter;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Typing;

/// <summary>
/// What the C side of typing (CPython's Objects/typevarobject.c) shares: calls into typing.py's
/// helpers, <c>typing._type_check</c>, the caller's module and the NoDefault marker.
/// </summary>
internal static class TypingSupport
{
    private static readonly Lazy<PyType> s_noDefaultType = new(() =>
    {
        var t = NativeTypes.Create("NoDefaultType", "typing", subclassable: false);
        t.Repr = static (ts, v) => NativeTypes.Str("typing.NoDefault");
        t.New = static (ts, type, args, kw) => args.Length > 0
            ? ts.SetError(PyExc.TypeError, "NoDefaultType takes no arguments")
            : NoDefault;
        t.AddMethod0("__reduce__", static (ts, v) => NativeTypes.Str("NoDefault"));
        t.AddValue("__doc__", NativeTypes.Str("NoDefaultType()\n--\n\nThe type of the NoDefault singleton."));
        SlotTable.AddWrappers(t);
        return t;
    });

    // Lazy<PyObject>, not Lazy<PyValue>: the BCL generic over our struct is JIT-compiled at first use.
    private static readonly Lazy<PyObject> s_noDefault = new(() => new Marker(s_noDefaultType.Value));

    /// <summary><c>typing.NoDefault</c>.</summary>
    public static PyValue NoDefault => PyValue.FromObject(s_noDefault.Value);

    public static bool IsNoDefault(PyValue v) => PyValue.Is(v, NoDefault);

    /// <summary>The <c>typing</c> module (imported on demand, as CPython's call_typing_func_object).</summary>
    public static PyValue ImportTyping(ThreadState ts) =>
        Hooks.ImportImpl is { } import
            ? import(ts, PyStr.Intern("typing"), new PyDict(), PyValue.None, PyValue.None, 0)
            : ts.SetError(PyExc.ImportError, "no import system");

    /// <summary><c>typing.name(*args)</c>.</summary>
    public static PyValue CallTyping(ThreadState ts, string name, ReadOnlySpan<PyValue> args, PyTuple? kwnames = null)
    {
        var typing = ImportTyping(ts);
        if (typing.IsError)
        {
            return typing;
        }

        var func = PyOps.GetAttr(ts, typing, PyStr.Intern(name));
        return func.IsError ? func : PyOps.Call(ts, func, args, kwnames);
    }

    /// <summary><c>type_check</c>: None becomes NoneType, anything else goes through <c>typing._type_check</c>.</summary>
    public static PyValue TypeCheck(ThreadState ts, PyValue arg, string message) =>
        arg.IsNone ? PyValue.FromObject(PyType.NoneType) : CallTyping(ts, "_type_check", [arg, NativeTypes.Str(message)]);

    /// <summary>The module of the running Python code (None outside any): the <c>__module__</c> of new type parameters.</summary>
    public static PyValue CallerModule(ThreadState ts)
    {
        if (ts.CurrentFrame is not { } frame)
        {
            return PyValue.None;
        }

        if (frame.Function is { } f && !f.Module.IsNull)
        {
            return f.Module;
        }

        // Module-level code runs without a function object here; CPython's would carry globals' __name__.
        return frame.Globals.TryGetStr(PyStr.Intern("__name__"), out var name) ? name : PyValue.None;
    }

    /// <summary><c>typing.Unpack[self]</c>.</summary>
    public static PyValue Unpack(ThreadState ts, PyValue self)
    {
        var typing = ImportTyping(ts);
        if (typing.IsError)
        {
            return typing;
        }

        var unpack = PyOps.GetAttr(ts, typing, PyStr.Intern("Unpack"));
        return unpack.IsError ? unpack : PyOps.GetItem(ts, unpack, self);
    }

    /// <summary><c>iter((Unpack[self],))</c>: what <c>*Ts</c> iterates to.</summary>
    public static PyValue UnpackIter(ThreadState ts, PyValue self)
    {
        var unpacked = Unpack(ts, self);
        return unpacked.IsError ? unpacked : PyOps.GetIter(ts, NativeTypes.Tuple(unpacked));
    }

    /// <summary>TypeVarTuples among <paramref name="parameters"/> replaced by <c>Unpack[Ts]</c> (what Generic[...] receives).</summary>
    public static PyValue UnpackTypeVarTuples(ThreadState ts, PyTuple parameters)
    {
        PyValue[]? items = null;
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].AsObject is PyTypeParam { Kind: TypeParamKind.TypeVarTuple })
            {
                items ??= [.. parameters.Items];
                var unpacked = Unpack(ts, parameters[i]);
                if (unpacked.IsError)
                {
                    return unpacked;
                }

                items[i] = unpacked;
            }
        }

        return PyValue.FromObject(items is null ? parameters : new PyTuple(items));
    }

    private sealed class Marker(PyType type) : PyObject(type);
}
