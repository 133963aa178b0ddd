using ProtoPython.Bytecode;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_opcode</c> (CPython's Modules/_opcode.c), answered from our opcode tables (generated from
/// Instructions.def, whose numbers are CPython 3.14's): what <c>opcode.py</c> and <c>dis.py</c> import.
/// </summary>
internal sealed class OpcodeModule : INativeModule
{
    private static readonly string[] s_intrinsic1 =
    [
        "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
        "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
        "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
    ];

    private static readonly string[] s_intrinsic2 =
    [
        "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
        "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT",
    ];

    private static readonly string[] s_specialMethods = ["__enter__", "__exit__", "__aenter__", "__aexit__"];

    public string Name => "_opcode";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_opcode");
        m.Add("__doc__", NativeTypes.Str("Opcode support module."));
        m.AddFunction("stack_effect", StackEffect);
        AddPredicate(m, "is_valid", static op => true);
        AddPredicate(m, "has_arg", OpcodeInfo.HasArg);
        AddPredicate(m, "has_const", OpcodeInfo.HasConst);
        AddPredicate(m, "has_name", OpcodeInfo.HasName);
        AddPredicate(m, "has_jump", OpcodeInfo.HasJump);
        AddPredicate(m, "has_free", OpcodeInfo.HasFree);
        AddPredicate(m, "has_local", OpcodeInfo.HasLocal);
        AddPredicate(m, "has_exc", OpcodeInfo.HasExc);
        m.AddFunction("get_intrinsic1_descs", static (ts, a, kw) => StrList(s_intrinsic1), NativeArity.NoArgs);
        m.AddFunction("get_intrinsic2_descs", static (ts, a, kw) => StrList(s_intrinsic2), NativeArity.NoArgs);
        m.AddFunction("get_special_method_names", static (ts, a, kw) => StrList(s_specialMethods), NativeArity.NoArgs);
        m.AddFunction("get_nb_ops", static (ts, a, kw) => NbOps(), NativeArity.NoArgs);
        m.AddFunction("get_specialization_stats", static (ts, a, kw) => PyValue.None, NativeArity.NoArgs);
        m.AddFunction("get_executor", GetExecutor);
        m.Add("ENABLE_SPECIALIZATION", PyValue.FromInt64(1));
        m.Add("ENABLE_SPECIALIZATION_FT", PyValue.FromInt64(1));
        return m;
    }

    /// <summary>IS_VALID_OPCODE: a CPython opcode (real, specialized, instrumented or pseudo); our own specialized forms are not.</summary>
    private static bool IsValid(long op) =>
        op is >= 0 and < 512 && OpcodeInfo.IsDefined((int)op) && !OpcodeInfo.Flags((Opcode)op).HasFlag(OpcodeFlags.Ours);

    private static void AddPredicate(PyModule m, string name, Func<Opcode, bool> test) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            var buf = default(ArgBuffer);
            Span<PyValue> p = buf;
            if (!ArgParser.Parse(ts, name, a, kw, ["opcode"], 1, 0, p) || !PyOps.TryIndexAsInt64(ts, p[0], null, out var op))
            {
                return PyValue.Error;
            }

            return PyValue.FromBool(IsValid(op) && test((Opcode)op));
        });

    // stack_effect(opcode, oparg=None, /, *, jump=None)
    private static PyValue StackEffect(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "stack_effect", a, kw, ["", "", "jump"], 1, 2, p, maxPos: 2)
            || !PyOps.TryIndexAsInt64(ts, p[0], PyExc.OverflowError, out var op))
        {
            return PyValue.Error;
        }

        // 3.14 no longer checks whether the opcode takes an argument: None counts as 0.
        var oparg = 0L;
        if (!p[1].IsNull && !p[1].IsNone && !PyOps.TryIndexAsInt64(ts, p[1], PyExc.OverflowError, out oparg))
        {
            return PyValue.Error;
        }

        bool? jump = null;
        if (!p[2].IsNull && !p[2].IsNone)
        {
            if (!PyValue.Is(p[2], PyValue.True) && !PyValue.Is(p[2], PyValue.False))
            {
                return ts.SetError(PyExc.ValueError, "stack_effect: jump must be False, True or None");
            }

            jump = PyValue.Is(p[2], PyValue.True);
        }

        return Effect(ts, op, oparg, jump);
    }

    private static PyValue Effect(ThreadState ts, long op, long oparg, bool? jump)
    {
        // Specialized forms, undefined numbers and counts that do not fit are all "invalid".
        if (!IsValid(op) || OpcodeInfo.Deopt((Opcode)op) != (Opcode)op || oparg is < int.MinValue or > int.MaxValue)
        {
            return ts.SetError(PyExc.ValueError, "invalid opcode or oparg");
        }

        var popped = OpcodeInfo.Popped((Opcode)op, (int)oparg);
        var pushed = OpcodeInfo.Pushed((Opcode)op, (int)oparg);
        if (popped < 0 || pushed < 0)
        {
            return ts.SetError(PyExc.ValueError, "invalid opcode or oparg");
        }

        return PyValue.FromInt64(jump is { } j ? OpcodeInfo.StackEffect((Opcode)op, (int)oparg, j) : pushed - popped);
    }

    private static PyValue GetExecutor(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "get_executor", a, kw, ["code", "offset"], 2, 0, p))
        {
            return PyValue.Error;
        }

        if (p[0].AsObject is not PyCode)
        {
            return ts.SetError(PyExc.TypeError, "expected a code object, not '" + p[0].Type.Name + "'");
        }

        return !PyOps.TryIndexAsInt64(ts, p[1], PyExc.OverflowError, out _) ? PyValue.Error
            : ts.SetError(PyExc.RuntimeError, "Executors are not available in this build");
    }

    private static PyValue StrList(string[] names)
    {
        var items = new PyValue[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            items[i] = NativeTypes.Str(names[i]);
        }

        return PyValue.FromObject(PyList.FromValues(items));
    }

    // (NB_ADD, "+") ... then the in-place forms, then NB_SUBSCR: BINARY_OP's oparg order.
    private static PyValue NbOps()
    {
        string[] names = ["ADD", "AND", "FLOOR_DIVIDE", "LSHIFT", "MATRIX_MULTIPLY", "MULTIPLY", "REMAINDER", "OR", "POWER", "RSHIFT", "SUBTRACT", "TRUE_DIVIDE", "XOR"];
        string[] symbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
        var items = new List<PyValue>();
        for (var inplace = 0; inplace < 2; inplace++)
        {
            for (var i = 0; i < names.Length; i++)
            {
                items.Add(NativeTypes.Tuple(NativeTypes.Str("NB_" + (inplace == 1 ? "INPLACE_" : "") + names[i]), NativeTypes.Str(symbols[i] + (inplace == 1 ? "=" : ""))));
            }
        }

        items.Add(NativeTypes.Tuple(NativeTypes.Str("NB_SUBSCR"), NativeTypes.Str("[]")));
        return PyValue.FromObject(PyList.FromValues([.. items]));
    }
}
