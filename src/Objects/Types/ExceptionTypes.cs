namespace ProtoPython.Objects;

/// <summary>
/// BaseException's slots and attributes; the hierarchy is <see cref="PyExc"/>. The types with fields
/// of their own are in <c>ExceptionTypes.*.cs</c>, installed by <see cref="InstallMethods"/>.
/// </summary>
internal static partial class ExceptionTypes
{
    /// <summary>Implemented in the type's other files: its methods and attributes.</summary>
    static partial void InstallMethods();

    public static void Install()
    {
        var t = PyExc.BaseException;
        t.New = BaseNew;
        t.Init = BaseInit;
        t.GetAttr = PyOps.GenericGetAttr;
        t.SetAttr = PyOps.GenericSetAttr;
        t.RichCompare = PyType.Object.RichCompare;
        t.HashFunction = PyType.IdentityHash;
        t.Repr = static (ts, v) =>
        {
            var e = E(v);
            if (e.Args.Length == 1)
            {
                var r = PyOps.Repr(ts, e.Args[0]);
                return r is null ? PyValue.Error : Str(e.Type.Name + "(" + r.Value + ")");
            }

            var tr = PyOps.Repr(ts, PyValue.FromObject(e.Args));
            return tr is null ? PyValue.Error : Str(e.Type.Name + tr.Value);
        };
        t.ToStr = BaseStr;
        PyExc.KeyError.ToStr = static (ts, v) =>
            E(v).Args.Length == 1 ? (PyOps.Repr(ts, E(v).Args[0]) is { } r ? PyValue.FromObject(r) : PyValue.Error) : BaseStr(ts, v);

        InstallChaining(t);
        InstallMethods();
        InheritSlots();
    }

    /// <summary><c>BaseException_new</c>: the instance of the type's layout, args = the positional arguments (keywords are left to __init__).</summary>
    internal static PyValue BaseNew(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var e = Allocate(type);
        e.Args = Positional(args, kw);
        return PyValue.FromObject(e);
    }

    /// <summary><c>BaseException_init</c>: no keywords; args = the positional arguments.</summary>
    internal static bool BaseInit(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!NoKeywords(ts, self.Type, kw))
        {
            return false;
        }

        E(self).Args = Positional(args, kw);
        return true;
    }

    /// <summary><c>BaseException_str</c>: "" / str(arg) / str(args).</summary>
    internal static PyValue BaseStr(ThreadState ts, PyValue v)
    {
        var e = E(v);
        return e.Args.Length switch
        {
            0 => PyValue.FromObject(PyStr.Intern("")),
            1 => PyOps.Str(ts, e.Args[0]) is { } s ? PyValue.FromObject(s) : PyValue.Error,
            _ => PyOps.Str(ts, PyValue.FromObject(e.Args)) is { } s2 ? PyValue.FromObject(s2) : PyValue.Error,
        };
    }

    /// <summary>The C# object for an instance of <paramref name="type"/>, chosen by its solid base (its layout).</summary>
    internal static PyBaseException Allocate(PyType type)
    {
        var solid = type.SolidBase;
        if (ReferenceEquals(solid, PyExc.BaseException))
        {
            return new PyBaseException(type, []);
        }

        if (ReferenceEquals(solid, PyExc.OSError))
        {
            return new PyOSError(type);
        }

        if (ReferenceEquals(solid, PyExc.StopIteration))
        {
            return new PyStopIteration(type);
        }

        if (ReferenceEquals(solid, PyExc.AttributeError))
        {
            return new PyAttributeError(type);
        }

        if (ReferenceEquals(solid, PyExc.NameError))
        {
            return new PyNameError(type);
        }

        if (ReferenceEquals(solid, PyExc.ImportError))
        {
            return new PyImportError(type);
        }

        if (ReferenceEquals(solid, PyExc.SystemExit))
        {
            return new PySystemExit(type);
        }

        if (ReferenceEquals(solid, PyExc.SyntaxError))
        {
            return new PySyntaxError(type);
        }

        if (ReferenceEquals(solid, PyExc.BaseExceptionGroup))
        {
            return new PyExceptionGroup(type);
        }

        if (ReferenceEquals(solid, PyExc.UnicodeEncodeError) || ReferenceEquals(solid, PyExc.UnicodeDecodeError) || ReferenceEquals(solid, PyExc.UnicodeTranslateError))
        {
            return new PyUnicodeErrorObject(type);
        }

        return new PyBaseException(type, []);
    }

    /// <summary>
    /// <see cref="PyBaseException.Create(PyType, PyValue[])"/>: plain layouts directly; the others run
    /// the builtin New and Init (C# only) and fall back to args alone when those reject the arguments.
    /// </summary>
    internal static PyBaseException CreateNative(PyType type, PyValue[] args)
    {
        var solid = type.SolidBase;
        if (ReferenceEquals(solid, PyExc.BaseException))
        {
            return new PyBaseException(type, args);
        }

        if (!type.HasFlag(TypeFlags.HeapType) && type.New is { } newSlot && type.Init is { } initSlot)
        {
            // Runs on this thread's state with any pending exception set aside (the builtin slots run no Python code).
            var ts = ThreadState.Current;
            var pending = ts.FetchError();
            var v = newSlot(ts, type, args, null);
            var ok = !v.IsError && v.AsObject is PyBaseException && initSlot(ts, v, args, null);
            ts.ClearError();
            if (pending is not null)
            {
                ts.SetError(pending);
            }

            if (ok)
            {
                return (PyBaseException)v.AsObject;
            }
        }

        var e = Allocate(type);
        e.Args = args.Length == 0 ? PyTuple.Empty : new PyTuple(args);
        return e;
    }

    /// <summary>Builtin exception types inherit every slot they leave unset from their base (bases are initialized first).</summary>
    private static void InheritSlots()
    {
        var types = new List<PyType>();
        foreach (var f in typeof(PyExc).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
        {
            if (f.GetValue(null) is PyType t && !ReferenceEquals(t, PyExc.BaseException))
            {
                types.Add(t);
            }
        }

        // Bases first: an MRO is longer than each of its bases'.
        types.Sort(static (a, b) => a.Mro.Length.CompareTo(b.Mro.Length));
        foreach (var t in types)
        {
            var b = t.Base!;

            t.New ??= b.New;
            t.Init ??= b.Init;
            t.Repr ??= b.Repr;
            t.ToStr ??= b.ToStr;
            t.GetAttr ??= b.GetAttr;
            t.SetAttr ??= b.SetAttr;
            t.RichCompare ??= b.RichCompare;
            t.HashFunction ??= b.HashFunction;
        }
    }

    internal static PyTuple Positional(ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var npos = args.Length - (kw?.Length ?? 0);
        return npos == 0 ? PyTuple.Empty : new PyTuple(args[..npos].ToArray());
    }

    /// <summary><c>_PyArg_NoKeywords</c>: "X() takes no keyword arguments".</summary>
    internal static bool NoKeywords(ThreadState ts, PyType type, PyTuple? kw)
    {
        if (kw is { Length: > 0 })
        {
            ts.SetError(PyExc.TypeError, type.Name + "() takes no keyword arguments");
            return false;
        }

        return true;
    }

    internal static PyBaseException E(PyValue v) => (PyBaseException)v.AsObject;

    internal static PyValue Str(string s) => PyValue.FromObject(new PyStr(s));

    /// <summary>A field that may be NULL, read as CPython's T_OBJECT member: None for NULL.</summary>
    internal static PyValue OrNone(PyValue v) => v.IsNull ? PyValue.None : v;
}
