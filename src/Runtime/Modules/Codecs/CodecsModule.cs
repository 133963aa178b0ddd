using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_codecs</c>: the codec registry (register, lookup, encode, decode), the error handler registry
/// and the codec functions of the <c>encodings</c> package, built on the runtime's own codecs.
/// </summary>
internal sealed class CodecsModule : INativeModule
{
    private static readonly string[] s_codeNames = ["obj", "encoding", "errors"];

    public CodecsModule()
    {
        // str.encode / bytes.decode reach the registry for the codecs they do not implement.
        CodecRegistry.InstallHooks();
    }

    public string Name => "_codecs";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_codecs");
        m.AddFunction("register", static (ts, a, kw) =>
        {
            if (!NativeTypes.IsCallable(a[0]))
            {
                return ts.SetError(PyExc.TypeError, "argument must be callable");
            }

            return CodecRegistry.Current.Register(ts, a[0]) ? PyValue.None : PyValue.Error;
        }, NativeArity.One);
        m.AddFunction("unregister", static (ts, a, kw) =>
        {
            CodecRegistry.Current.Unregister(a[0]);
            return PyValue.None;
        }, NativeArity.One);
        m.AddFunction("lookup", static (ts, a, kw) =>
            a[0].AsObject is PyStr s ? CodecRegistry.Current.Lookup(ts, s.Value) : ArgParser.BadArgument(ts, "lookup", "argument", "str", a[0]), NativeArity.One);
        m.AddFunction("_forget_codec", static (ts, a, kw) =>
        {
            if (a[0].AsObject is not PyStr s)
            {
                return ArgParser.BadArgument(ts, "_forget_codec", "argument", "str", a[0]);
            }

            CodecRegistry.Current.Cache.Remove(Objects.Codecs.Normalize(s.Value));
            return PyValue.None;
        }, NativeArity.One);
        m.AddFunction("encode", static (ts, a, kw) => Code(ts, "encode", a, kw, 0));
        m.AddFunction("decode", static (ts, a, kw) => Code(ts, "decode", a, kw, 1));
        AddErrorRegistry(m);
        UnicodeCodecFunctions.Add(m);
        AddCharmap(m);
        AddEscapes(m);
        return m;
    }

    /// <summary>encode(obj, encoding='utf-8', errors='strict') / decode: any codec, any object type.</summary>
    private static PyValue Code(ThreadState ts, string name, ReadOnlySpan<PyValue> a, PyTuple? kw, int index)
    {
        Span<PyValue> p = new PyValue[3];
        if (!ArgParser.Parse(ts, name, a, kw, s_codeNames, 1, 0, p))
        {
            return PyValue.Error;
        }

        var encoding = "utf-8";
        if (!p[1].IsNull)
        {
            if (p[1].AsObject is not PyStr e)
            {
                return ArgParser.BadArgument(ts, name, "argument 'encoding'", "str", p[1]);
            }

            encoding = e.Value;
        }

        if (!p[2].IsNull && p[2].AsObject is not PyStr)
        {
            return ArgParser.BadArgument(ts, name, "argument 'errors'", "str", p[2]);
        }

        return CodecRegistry.Current.Call(ts, p[0], encoding, p[2], index, text: false, name);
    }

    private static void AddErrorRegistry(PyModule m)
    {
        m.AddFunction("register_error", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "register_error", a, kw, 2, 2))
            {
                return PyValue.Error;
            }

            if (a[0].AsObject is not PyStr name)
            {
                return ArgParser.BadArgument(ts, "register_error", "argument 1", "str", a[0]);
            }

            if (!NativeTypes.IsCallable(a[1]))
            {
                return ts.SetError(PyExc.TypeError, "handler must be callable");
            }

            CodecRegistry.Current.RegisterError(name.Value, a[1]);
            return PyValue.None;
        });
        m.AddFunction("lookup_error", static (ts, a, kw) =>
            a[0].AsObject is PyStr s ? CodecRegistry.Current.LookupError(ts, s.Value) : ArgParser.BadArgument(ts, "lookup_error", "argument", "str", a[0]), NativeArity.One);
        m.AddFunction("_unregister_error", static (ts, a, kw) =>
        {
            if (a[0].AsObject is not PyStr s)
            {
                return ArgParser.BadArgument(ts, "_unregister_error", "argument", "str", a[0]);
            }

            var r = CodecRegistry.Current.UnregisterError(ts, s.Value);
            return r < 0 ? PyValue.Error : PyValue.FromBool(r > 0);
        }, NativeArity.One);
    }

    private static void AddCharmap(PyModule m)
    {
        m.AddFunction("charmap_build", static (ts, a, kw) =>
            a[0].AsObject is PyStr s ? CharmapCodec.Build(ts, s) : ArgParser.BadArgument(ts, "charmap_build", "argument", "str", a[0]), NativeArity.One);
        m.AddFunction("charmap_encode", static (ts, a, kw) =>
        {
            if (!CodecArgs.Check(ts, "charmap_encode", a, kw, 1, 3, out var errors) || !CodecArgs.TryStr(ts, "charmap_encode", a[0], 1, out var text))
            {
                return PyValue.Error;
            }

            return CodecArgs.Pair(CharmapCodec.Encode(ts, text, errors, a.Length > 2 ? a[2] : PyValue.None), text.Length);
        });
        m.AddFunction("charmap_decode", static (ts, a, kw) =>
        {
            if (!CodecArgs.Check(ts, "charmap_decode", a, kw, 1, 3, out var errors) || !CodecArgs.TryBuffer(ts, a[0], false, out var data))
            {
                return PyValue.Error;
            }

            return CodecArgs.Pair(CharmapCodec.Decode(ts, data, errors, a.Length > 2 ? a[2] : PyValue.None), data.Length);
        });
    }

    private static void AddEscapes(PyModule m)
    {
        m.AddFunction("escape_encode", static (ts, a, kw) =>
        {
            if (!CodecArgs.Check(ts, "escape_encode", a, kw, 1, 2, out _))
            {
                return PyValue.Error;
            }

            return a[0].AsObject is PyBytes b
                ? CodecArgs.Pair(PyBytes.From(EscapeCodecs.EscapeEncode(b.Span)), b.Span.Length)
                : ArgParser.BadArgument(ts, "escape_encode", "argument 1", "bytes", a[0]);
        });
        m.AddFunction("escape_decode", static (ts, a, kw) =>
        {
            if (!CodecArgs.Check(ts, "escape_decode", a, kw, 1, 2, out var errors) || !CodecArgs.TryBuffer(ts, a[0], true, out var data))
            {
                return PyValue.Error;
            }

            return CodecArgs.Pair(EscapeCodecs.EscapeDecode(ts, data, errors), data.Length);
        });
        m.AddFunction("readbuffer_encode", static (ts, a, kw) =>
        {
            if (!CodecArgs.Check(ts, "readbuffer_encode", a, kw, 1, 2, out _) || !CodecArgs.TryBuffer(ts, a[0], true, out var data))
            {
                return PyValue.Error;
            }

            return CodecArgs.Pair(PyBytes.From(data), data.Length);
        });
        foreach (var raw in new[] { false, true })
        {
            var prefix = raw ? "raw_unicode_escape" : "unicode_escape";
            m.AddFunction(prefix + "_encode", (ts, a, kw) =>
            {
                if (!CodecArgs.Check(ts, prefix + "_encode", a, kw, 1, 2, out _) || !CodecArgs.TryStr(ts, prefix + "_encode", a[0], 1, out var text))
                {
                    return PyValue.Error;
                }

                return CodecArgs.Pair(EscapeCodecs.UnicodeEscapeEncode(text, raw), text.Length);
            });
            m.AddFunction(prefix + "_decode", (ts, a, kw) =>
            {
                if (!CodecArgs.Check(ts, prefix + "_decode", a, kw, 1, 3, out var errors) || !CodecArgs.TryBuffer(ts, a[0], true, out var data)
                    || !CodecArgs.TryBool(ts, a, 2, true, out var final))
                {
                    return PyValue.Error;
                }

                return EscapeCodecs.UnicodeEscapeDecode(ts, data, errors, final, raw);
            });
        }
    }
}
