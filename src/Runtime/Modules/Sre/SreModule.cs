using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// <c>_sre</c>: the regular-expression engine under CPython's pure-Python <c>re</c> package, which
/// parses and compiles a pattern to opcodes (re/_compiler.py) and hands them to <c>compile</c>.
/// </summary>
internal sealed class SreModule : INativeModule
{
    private static readonly string[] s_compileNames = ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"];

    public string Name => "_sre";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_sre");
        m.Add("MAGIC", PyValue.FromInt64(SreLimits.Magic));
        m.Add("CODESIZE", PyValue.FromInt64(SreLimits.CodeSize));
        m.Add("MAXREPEAT", PyValue.FromInt64(SreLimits.MaxRepeat));
        m.Add("MAXGROUPS", PyValue.FromInt64(SreLimits.MaxGroups));
        m.Add("copyright", PyValue.FromObject(new PyStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ")));
        m.AddFunction("compile", (ts, a, kw) => Compile(ts, runtime, a, kw));
        m.AddFunction("template", SreTemplate.Create);
        m.AddFunction("getcodesize", static (ts, a, kw) =>
            ArgParser.CheckPositional(ts, "getcodesize", a, kw, 0, 0) ? PyValue.FromInt64(SreLimits.CodeSize) : PyValue.Error);
        AddCharFunction(m, "ascii_iscased", static ch => PyValue.FromBool(ch < 128 && SreChars.IsAsciiAlnum(ch) && !SreChars.IsAsciiDigit(ch)));
        AddCharFunction(m, "unicode_iscased", static ch =>
            PyValue.FromBool(ch != SreChars.LowerUnicode(ch) || ch != SreChars.UpperUnicode(ch)));
        AddCharFunction(m, "ascii_tolower", static ch => PyValue.FromInt64(SreChars.LowerAscii(ch)));
        AddCharFunction(m, "unicode_tolower", static ch => PyValue.FromInt64(SreChars.LowerUnicode(ch)));
        return m;
    }

    /// <summary>The <c>re</c> module of the runtime that compiled a pattern (for <c>re._compile_template</c>).</summary>
    public static PyValue ImportRe(ThreadState ts, PythonRuntime runtime) => runtime.Imports.ImportFull(ts, "re");

    /// <summary>__class_getitem__: types.GenericAlias(cls, item).</summary>
    public static PyValue GenericAlias(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (a.Length != 2)
        {
            return ts.SetError(PyExc.TypeError, "__class_getitem__ expected 1 argument, got " + (a.Length - 1));
        }

        var args = a[1].AsObject is PyTuple t && t.Type == PyType.Tuple ? t : new PyTuple([a[1]]);
        return PyValue.FromObject(new PyGenericAlias(a[0], args));
    }

    // ascii_iscased(character, /) and friends take one C int.
    private static void AddCharFunction(PyModule m, string name, Func<int, PyValue> f) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, name, a, kw, 1, 1) || !ArgParser.NoKeywords(ts, name, kw))
            {
                return PyValue.Error;
            }

            if (!a[0].IsInt64 && a[0].Type.Index is null && !PyInt.TryGetBigInteger(a[0], out _))
            {
                return ts.SetError(PyExc.TypeError, "'" + a[0].Type.Name + "' object cannot be interpreted as an integer");
            }

            if (!PyOps.TryIndexAsInt64(ts, a[0], PyExc.OverflowError, out var v))
            {
                return PyValue.Error;
            }

            if (v is > int.MaxValue or < int.MinValue)
            {
                return ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            }

            return f((int)v);
        });

    // compile(pattern, flags, code, groups, groupindex, indexgroup)
    private static PyValue Compile(ThreadState ts, PythonRuntime runtime, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var r = new PyValue[6];
        if (!ArgParser.Parse(ts, "compile", args, kwnames, s_compileNames, 6, 0, r))
        {
            return PyValue.Error;
        }

        if (!PyOps.TryIndexAsInt64(ts, r[1], PyExc.OverflowError, out var flags))
        {
            return PyValue.Error;
        }

        if (r[2].AsObject is not PyList codeList)
        {
            return ArgParser.BadArgument(ts, "compile", "argument 'code'", "list", r[2]);
        }

        if (!SrePattern.TryIndex(ts, r[3], out var groups))
        {
            return PyValue.Error;
        }

        if (r[4].AsObject is not PyDict groupIndex)
        {
            return ArgParser.BadArgument(ts, "compile", "argument 'groupindex'", "dict", r[4]);
        }

        if (r[5].AsObject is not PyTuple indexGroup)
        {
            return ArgParser.BadArgument(ts, "compile", "argument 'indexgroup'", "tuple", r[5]);
        }

        var code = new uint[codeList.Count];
        for (var i = 0; i < code.Length; i++)
        {
            codeList.TryGetItem(ts, i, out var item);
            if (!PyInt.TryGetBigInteger(item, out var value))
            {
                return ts.SetError(PyExc.TypeError, "an integer is required");
            }

            if (value.Sign < 0)
            {
                return ts.SetError(PyExc.OverflowError, "can't convert negative value to unsigned int");
            }

            if (value > uint.MaxValue)
            {
                return ts.SetError(PyExc.OverflowError, "regular expression code size limit exceeded");
            }

            code[i] = (uint)value;
        }

        int isBytes;
        var pattern = r[0];
        if (pattern.IsNone)
        {
            isBytes = -1;
        }
        else if (pattern.AsObject is PyStr)
        {
            isBytes = 0;
        }
        else if (BytesLike.IsBuffer(pattern))
        {
            isBytes = 1;
        }
        else
        {
            return ts.SetError(PyExc.TypeError, "expected string or bytes-like object, got '" + pattern.Type.Name + "'");
        }

        if (code.Length == 0 || groups < 0 || groups > SreLimits.MaxGroups)
        {
            return ts.SetError(PyExc.RuntimeError, "invalid SRE code");
        }

        var names = groupIndex.Count > 0 ? groupIndex.Copy() : null;
        return PyValue.FromObject(new SrePattern(runtime, pattern, (int)flags, code, (int)groups, names, names is null ? null : indexGroup, isBytes));
    }
}
