using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>sys's descriptive struct sequences and namespaces: flags, version_info, implementation, *_info.</summary>
internal static partial class SysModuleFactory
{
    /// <summary>sys.flags's fields in CPython 3.14's order; dev_mode and safe_path are bools.</summary>
    public static readonly string[] FlagNames =
    [
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
        "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
    ];

    // Three more fields are attributes only (gil, thread_inherit_context, context_aware_warnings).
    private static readonly Lazy<PyType> s_flagsType = new(() =>
        StructSequenceType.Create("flags", "sys", [.. FlagNames, "gil", "thread_inherit_context", "context_aware_warnings"], FlagNames.Length));

    private static readonly Lazy<PyType> s_versionInfoType = new(() =>
        StructSequenceType.Create("version_info", "sys", ["major", "minor", "micro", "releaselevel", "serial"]));

    private static readonly Lazy<PyType> s_hashInfoType = new(() => StructSequenceType.Create("hash_info", "sys",
        ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]));

    private static readonly Lazy<PyType> s_floatInfoType = new(() => StructSequenceType.Create("float_info", "sys",
        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]));

    private static readonly Lazy<PyType> s_intInfoType = new(() => StructSequenceType.Create("int_info", "sys",
        ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]));

    private static readonly Lazy<PyType> s_threadInfoType = new(() => StructSequenceType.Create("thread_info", "sys", ["name", "lock", "version"]));

    private static PyValue I(long v) => PyValue.FromInt64(v);

    private static PyValue S(string s) => PyValue.FromObject(new PyStr(s));

    private static void AddInfo(PyModule m, PythonRuntime rt)
    {
        var flags = rt.Options.SysFlags;
        var values = new PyValue[FlagNames.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var name = FlagNames[i];
            long v = flags.TryGetValue(name, out var given) ? given : name switch
            {
                "hash_randomization" => 1,
                "int_max_str_digits" => PyInt.DefaultMaxStrDigits,
                "no_site" => rt.Options.NoSite ? 1 : 0,
                "optimize" => rt.Options.Optimize,
                "ignore_environment" => rt.Options.IgnoreEnvironment ? 1 : 0,
                "isolated" => rt.Options.Isolated ? 1 : 0,
                _ => 0,
            };
            values[i] = name is "dev_mode" or "safe_path" ? PyValue.FromBool(v != 0) : I(v);
        }

        m.Add("flags", PyValue.FromObject(StructSequenceType.Make(s_flagsType.Value, [.. values, I(1), I(0), I(0)])));
        var versionInfo = StructSequenceType.Make(s_versionInfoType.Value, I(3), I(14), I(0), S("final"), I(0));
        m.Add("version_info", PyValue.FromObject(versionInfo));
        var ourVersion = StructSequenceType.Make(s_versionInfoType.Value, I(0), I(1), I(0), S("alpha"), I(0));
        m.Add("implementation", PyValue.FromObject(PySimpleNamespace.Create(
            ("name", S("protopython")),
            ("cache_tag", S(CacheTag)),
            ("version", PyValue.FromObject(ourVersion)),
            ("hexversion", I(0x000100A0)),
            ("_multiarch", S(OperatingSystem.IsLinux() ? System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
            {
                System.Runtime.InteropServices.Architecture.Arm64 => "aarch64-linux-gnu",
                _ => "x86_64-linux-gnu",
            } : "")),
            ("supports_isolated_interpreters", PyValue.False))));
        m.Add("hash_info", PyValue.FromObject(StructSequenceType.Make(s_hashInfoType.Value,
            I(64), I((1L << 61) - 1), I(314159), I(0), I(1000003), S("siphash13"), I(64), I(128), I(0))));
        m.Add("float_info", PyValue.FromObject(StructSequenceType.Make(s_floatInfoType.Value,
            PyValue.FromDouble(double.MaxValue), I(1024), I(308), PyValue.FromDouble(2.2250738585072014e-308), I(-1021), I(-307),
            I(15), I(53), PyValue.FromDouble(2.220446049250313e-16), I(2), I(1))));
        m.Add("int_info", PyValue.FromObject(StructSequenceType.Make(s_intInfoType.Value, I(30), I(4), I(PyInt.DefaultMaxStrDigits), I(640))));
        m.Add("thread_info", PyValue.FromObject(StructSequenceType.Make(s_threadInfoType.Value,
            S(OperatingSystem.IsWindows() ? "nt" : "pthread"), PyValue.None, PyValue.None)));
        m.Add("_git", PyValue.FromObject(new PyTuple([S("ProtoPython"), S(""), S("")])));
        // sys._jit: CPython's experimental JIT; ours is not that one (test.support asks is_enabled()).
        var jit = new PyModule("sys._jit");
        jit.AddFunction("is_available", static (ts, a, kw) => PyValue.False, NativeArity.NoArgs);
        jit.AddFunction("is_enabled", static (ts, a, kw) => PyValue.False, NativeArity.NoArgs);
        jit.AddFunction("is_active", static (ts, a, kw) => PyValue.False, NativeArity.NoArgs);
        m.Add("_jit", PyValue.FromObject(jit));
        m.Add("monitoring", PyValue.FromObject(SysMonitoring.Create()));
        m.Add("abiflags", S(""));
        m.Add("float_repr_style", S("short"));
        m.Add("pycache_prefix", PyValue.None);
        m.Add("copyright", S("Copyright (c) ProtoPython authors.\nPython language and standard library: Copyright (c) 2001 Python Software Foundation."));
        var xoptions = new PyDict();
        foreach (var (k, v) in rt.Options.XOptions)
        {
            xoptions.SetStr(PyStr.Intern(k), v.Length == 0 ? PyValue.True : S(v));
        }

        m.Add("_xoptions", PyValue.FromObject(xoptions));
    }

    /// <summary>sys.implementation.cache_tag: compiled modules are cached as <c>__pycache__/NAME.protopy-314.pyc</c>.</summary>
    public const string CacheTag = "protopy-314";
}
