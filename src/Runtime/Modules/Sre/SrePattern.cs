using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// <c>re.Pattern</c>: what <c>_sre.compile</c> returns: the source pattern, flags, opcode list,
/// group count and names. Its methods are in <c>SrePattern.*.cs</c>.
/// </summary>
internal sealed partial class SrePattern : PyObject
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    public SrePattern(PythonRuntime runtime, PyValue pattern, int flags, uint[] code, int groups, PyDict? groupIndex, PyTuple? indexGroup, int isBytes)
        : base(s_type.Value)
    {
        Runtime = runtime;
        Pattern = pattern;
        Flags = flags;
        Code = code;
        Groups = groups;
        GroupIndex = groupIndex;
        IndexGroup = indexGroup;
        IsBytes = isBytes;
        Sets = new SreSetCache(code);
    }

    public static PyType TypeObject => s_type.Value;

    /// <summary>The runtime whose <c>re</c> compiles replacement templates.</summary>
    public PythonRuntime Runtime { get; }

    public PyValue Pattern { get; }

    public int Flags { get; }

    public uint[] Code { get; }

    /// <summary>ASCII membership of the code's sets, shared by all matches.</summary>
    public SreSetCache Sets { get; }

    /// <summary>The number of capturing groups.</summary>
    public int Groups { get; }

    /// <summary>name → number, or null when the pattern has no named group.</summary>
    public PyDict? GroupIndex { get; }

    /// <summary>number → name (None for unnamed groups), or null.</summary>
    public PyTuple? IndexGroup { get; }

    /// <summary>1 for a bytes pattern, 0 for str, -1 when compiled without a source pattern.</summary>
    public int IsBytes { get; }

    private static SrePattern Self(PyValue v) => (SrePattern)v.AsObject;

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("Pattern", PyType.Object, TypeFlags.None, module: "re");
        t.GetAttr = PyOps.GenericGetAttr;
        t.SetAttr = PyOps.GenericSetAttr;
        t.Repr = static (ts, v) => Repr(ts, Self(v));
        t.RichCompare = static (ts, a, b, op) => Compare(ts, a, b, op);
        t.HashFunction = static (ThreadState ts, PyValue v, out long hash) => Hash(ts, Self(v), out hash);
        t.AddGetSet("pattern", static (ts, v) => Self(v).Pattern);
        t.AddGetSet("flags", static (ts, v) => PyValue.FromInt64(Self(v).Flags));
        t.AddGetSet("groups", static (ts, v) => PyValue.FromInt64(Self(v).Groups));
        t.AddGetSet("groupindex", static (ts, v) => Self(v).GroupIndex is { } names
            ? PyValue.FromObject(new PyMappingProxy(PyValue.FromObject(names.Copy())))
            : PyValue.FromObject(new PyDict()));
        AddSearchMethods(t);
        AddSubMethods(t);
        t.AddMethod("__copy__", static (ts, a, kw) => a[0], NativeArity.NoArgs);
        t.AddMethod("__deepcopy__", static (ts, a, kw) => a[0], NativeArity.One);
        t.AddClassMethod("__class_getitem__", static (ts, a, kw) => SreModule.GenericAlias(ts, a));
        SlotTable.AddWrappers(t);
        return t;
    }

    private static readonly (string Name, int Value)[] s_flagNames =
    [
        ("re.IGNORECASE", SreLimits.FlagIgnoreCase),
        ("re.LOCALE", SreLimits.FlagLocale),
        ("re.MULTILINE", SreLimits.FlagMultiline),
        ("re.DOTALL", SreLimits.FlagDotAll),
        ("re.UNICODE", SreLimits.FlagUnicode),
        ("re.VERBOSE", SreLimits.FlagVerbose),
        ("re.DEBUG", SreLimits.FlagDebug),
        ("re.ASCII", SreLimits.FlagAscii),
    ];

    // re.compile('...', re.IGNORECASE|re.MULTILINE): the pattern's repr cut to 200 characters.
    private static PyValue Repr(ThreadState ts, SrePattern p)
    {
        var repr = PyOps.Repr(ts, p.Pattern);
        if (repr is null)
        {
            return PyValue.Error;
        }

        var flags = p.Flags;
        if (p.IsBytes == 0 && (flags & (SreLimits.FlagLocale | SreLimits.FlagUnicode | SreLimits.FlagAscii)) == SreLimits.FlagUnicode)
        {
            flags &= ~SreLimits.FlagUnicode;
        }

        var names = new List<string>();
        foreach (var (name, value) in s_flagNames)
        {
            if ((flags & value) != 0)
            {
                names.Add(name);
                flags &= ~value;
            }
        }

        if (flags != 0)
        {
            names.Add("0x" + flags.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        }

        var sb = new StringBuilder("re.compile(");
        sb.Append(Truncate(repr, 200));
        if (names.Count > 0)
        {
            sb.Append(", ").Append(string.Join('|', names));
        }

        return PyValue.FromObject(new PyStr(sb.Append(')').ToString()));
    }

    /// <summary>%.NR: a repr cut to <paramref name="max"/> code points.</summary>
    public static string Truncate(PyStr repr, int max) => repr.Length <= max ? repr.Value : repr.Slice(0, max).Value;

    private static PyValue Compare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || b.AsObject is not SrePattern right)
        {
            return PyValue.NotImplemented;
        }

        var left = Self(a);
        bool equal;
        if (ReferenceEquals(left, right))
        {
            equal = true;
        }
        else if (left.Flags != right.Flags || left.IsBytes != right.IsBytes || !left.Code.AsSpan().SequenceEqual(right.Code))
        {
            equal = false;
        }
        else
        {
            var same = PyOps.RichCompareBool(ts, left.Pattern, right.Pattern, CompareOp.Eq);
            if (same < 0)
            {
                return PyValue.Error;
            }

            equal = same > 0;
        }

        return PyValue.FromBool(equal == (op == CompareOp.Eq));
    }

    private static bool Hash(ThreadState ts, SrePattern p, out long hash)
    {
        if (!PyOps.Hash(ts, p.Pattern, out hash))
        {
            return false;
        }

        long codeHash = 17;
        foreach (var c in p.Code)
        {
            codeHash = (codeHash * 1000003) ^ c;
        }

        hash ^= codeHash;
        if (hash == -1)
        {
            hash = -2;
        }

        return true;
    }
}
