using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>array</c>: the <c>array</c> type (<see cref="ArrayType"/>, also <c>ArrayType</c>), <c>typecodes</c>
/// and <c>_array_reconstructor</c>, which unpickles the arrays of protocol 3 and later.
/// </summary>
internal sealed class ArrayModule : INativeModule
{
    private static PythonRuntime? s_runtime;
    private static PyValue s_reconstructor;

    public string Name => "array";

    /// <summary>The module's <c>_array_reconstructor</c> function (for __reduce_ex__).</summary>
    public static PyValue Reconstructor => s_reconstructor;

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        s_runtime = runtime;
        var m = new PyModule("array");
        var type = PyValue.FromObject(ArrayType.Type);
        m.Add("array", type);
        m.Add("ArrayType", type);
        m.Add("typecodes", NativeTypes.Str(ArrayItems.TypeCodes));
        m.AddFunction("_array_reconstructor", Reconstruct);
        m.Dict.TryGetStr(PyStr.Intern("_array_reconstructor"), out s_reconstructor);

        // As CPython's array_modexec: arrays are MutableSequences (skipped when there is no stdlib).
        var abc = runtime.Imports.ImportFull(ts, "collections.abc");
        if (abc.IsError)
        {
            ts.ClearError();
        }
        else
        {
            var mutable = PyOps.GetAttr(ts, abc, PyStr.Intern("MutableSequence"));
            if (mutable.IsError || PyOps.CallMethod(ts, mutable, PyStr.Intern("register"), [type]).IsError)
            {
                return null;
            }
        }

        return m;
    }

    /// <summary><c>builtins.iter</c>, for the iterator's __reduce__.</summary>
    public static PyValue BuiltinIter(ThreadState ts)
    {
        var builtins = s_runtime!.Imports.ImportFull(ts, "builtins");
        return builtins.IsError ? builtins : PyOps.GetAttr(ts, builtins, PyStr.Intern("iter"));
    }

    /// <summary>The DeprecationWarning of typecode 'u'; false when a filter turned it into an error.</summary>
    public static bool WarnDeprecatedU(ThreadState ts)
    {
        if (s_runtime is null)
        {
            return true;
        }

        var warnings = s_runtime.Imports.ImportFull(ts, "warnings");
        if (warnings.IsError)
        {
            return false;
        }

        var message = NativeTypes.Str("The 'u' type code is deprecated and will be removed in Python 3.16");
        return !PyOps.CallMethod(ts, warnings, PyStr.Intern("warn"), [message, PyValue.FromObject(PyExc.DeprecationWarning)]).IsError;
    }

    private static PyValue Reconstruct(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "_array_reconstructor", args, kwnames, 4, 4))
        {
            return PyValue.Error;
        }

        if (args[0].AsObject is not PyType arrayType)
        {
            return ts.SetError(PyExc.TypeError, "first argument must be a type object, not " + args[0].Type.Name);
        }

        if (!arrayType.IsSubtypeOf(ArrayType.Type))
        {
            return ts.SetError(PyExc.TypeError, arrayType.Name + " is not a subtype of array.array");
        }

        if (args[1].AsObject is not PyStr codeStr || codeStr.Length != 1)
        {
            return ts.SetError(PyExc.TypeError, "_array_reconstructor() argument 2 must be a unicode character, not "
                + (args[1].AsObject is PyStr s ? "a string of length " + s.Length : ArgParser.TypeNameOf(args[1])));
        }

        var code = codeStr[0] < 128 ? (char)codeStr[0] : '\0';
        if (ArrayItems.SizeOf(code) == 0)
        {
            return ts.SetError(PyExc.ValueError, "second argument must be a valid type code");
        }

        if (!ClinicArgs.TryInt(ts, args[2], 0, out var mformat))
        {
            return PyValue.Error;
        }

        if (mformat is < MachineFormats.Min or > MachineFormats.Max)
        {
            return ts.SetError(PyExc.ValueError, "third argument must be a valid machine format code.");
        }

        if (args[3].AsObject is not PyBytes items)
        {
            return ts.SetError(PyExc.TypeError, "fourth argument should be bytes, not " + args[3].Type.Name);
        }

        if (mformat == MachineFormats.Of(code))
        {
            return ArrayType.Make(ts, arrayType, code, args[3]);
        }

        return MachineFormats.Convert(ts, code, mformat, items.Span) is { } converted
            ? ArrayType.Make(ts, arrayType, converted.Code, converted.Initializer)
            : PyValue.Error;
    }
}
