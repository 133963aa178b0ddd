using System.Runtime.CompilerServices;
using ProtoPython.Interpreter;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The codec registry of one runtime (CPython's <c>interp->codecs</c>): the search functions, the
/// cache of CodecInfo tuples by normalized name and the error handlers. The <c>encodings</c>
/// package is imported on the first lookup, as CPython does at startup.
/// </summary>
internal sealed class CodecRegistry
{
    private static readonly ConditionalWeakTable<PyDict, CodecRegistry> s_byRuntime = new();
    private static readonly PyDict s_noRuntime = new();

    private readonly List<PyValue> _searchFunctions = [];
    // Values are objects (callables, CodecInfo tuples): Dictionary<string, PyObject> shares the BCL's
    // precompiled reference-type code, where Dictionary<string, PyValue> is JIT-compiled at first use.
    private readonly Dictionary<string, PyObject> _errorHandlers = new(StringComparer.Ordinal);
    private bool _encodingsImported;

    private CodecRegistry()
    {
        foreach (var (name, handler) in CodecErrorHandlers.Builtins)
        {
            _errorHandlers[name] = handler.AsObject;
        }
    }

    /// <summary>CodecInfo tuples by normalized encoding name.</summary>
    public Dictionary<string, PyObject> Cache { get; } = new(StringComparer.Ordinal);

    /// <summary>The registry of the running runtime (keyed by its <c>sys.modules</c>).</summary>
    public static CodecRegistry Current => s_byRuntime.GetValue(Hooks.SysModules ?? s_noRuntime, static _ => new CodecRegistry());

    /// <summary>Lets str.encode/bytes.decode use the registry and the registered error handlers.</summary>
    public static void InstallHooks()
    {
        CodecHooks.Encode ??= static (ts, text, encoding, errors) => Current.EncodeText(ts, text, encoding, errors);
        CodecHooks.Decode ??= static (ts, source, data, encoding, errors) =>
            Current.DecodeText(ts, source.IsNull ? PyBytes.From(data.ToArray()) : source, encoding, errors);
        CodecHooks.Lookup ??= static (ts, encoding) => Current.Lookup(ts, encoding);
        CodecHooks.LookupError ??= static (ts, name) => Current.LookupError(ts, name);
    }

    /// <summary>codecs.register: after the search function of <c>encodings</c>, which CPython registers at startup.</summary>
    public bool Register(ThreadState ts, PyValue search)
    {
        if (!EnsureEncodings(ts))
        {
            return false;
        }

        _searchFunctions.Add(search);
        return true;
    }

    /// <summary>Imports the <c>encodings</c> package once (it registers its search function).</summary>
    private bool EnsureEncodings(ThreadState ts)
    {
        if (_encodingsImported)
        {
            return true;
        }

        _encodingsImported = true;
        return Hooks.ImportImpl is not { } import
            || !import(ts, PyStr.Intern("encodings"), new PyDict(), PyValue.None, PyValue.None, 0).IsError;
    }

    public void Unregister(PyValue search)
    {
        for (var i = 0; i < _searchFunctions.Count; i++)
        {
            if (PyValue.Is(_searchFunctions[i], search))
            {
                _searchFunctions.RemoveAt(i);
                Cache.Clear();
                return;
            }
        }
    }

    /// <summary><c>_PyCodec_Lookup</c>: the CodecInfo for <paramref name="encoding"/>, or Error (LookupError, TypeError).</summary>
    public PyValue Lookup(ThreadState ts, string encoding)
    {
        if (!EnsureEncodings(ts))
        {
            return PyValue.Error;
        }

        var normalized = Objects.Codecs.Normalize(encoding);
        if (Cache.TryGetValue(normalized, out var cached))
        {
            return PyValue.FromObject(cached);
        }

        var key = PyValue.FromObject(new PyStr(normalized));
        foreach (var search in _searchFunctions.ToArray())
        {
            var result = PyOps.Call1(ts, search, key);
            if (result.IsError)
            {
                return result;
            }

            if (result.IsNone)
            {
                continue;
            }

            if (result.AsObject is not PyTuple { Length: 4 })
            {
                return ts.SetError(PyExc.TypeError, "codec search functions must return 4-tuples");
            }

            Cache[normalized] = result.AsObject;
            return result;
        }

        return ts.SetError(PyExc.LookupError, "unknown encoding: " + encoding);
    }

    public PyValue LookupError(ThreadState ts, string name) =>
        _errorHandlers.TryGetValue(name, out var handler) ? PyValue.FromObject(handler)
        : ts.SetError(PyExc.LookupError, "unknown error handler name '" + name + "'");

    public void RegisterError(string name, PyValue handler) => _errorHandlers[name] = handler.AsObject;

    /// <summary><c>_codecs._unregister_error</c>: 1 removed, 0 not found, -1 (ValueError) for a built-in name.</summary>
    public int UnregisterError(ThreadState ts, string name)
    {
        foreach (var (builtin, _) in CodecErrorHandlers.Builtins)
        {
            if (builtin == name)
            {
                ts.SetError(PyExc.ValueError, "cannot un-register built-in error handler '" + name + "'");
                return -1;
            }
        }

        return _errorHandlers.Remove(name) ? 1 : 0;
    }

    /// <summary>Calls item <paramref name="index"/> (0 encoder, 1 decoder) of the codec and returns the first item of its (object, length) answer.</summary>
    public PyValue Call(ThreadState ts, PyValue obj, string encoding, PyValue errors, int index, bool text, string operation)
    {
        var info = text ? LookupText(ts, encoding, operation == "encode" ? "codecs.encode()" : "codecs.decode()") : Lookup(ts, encoding);
        if (info.IsError)
        {
            return info;
        }

        var coder = ((PyTuple)info.AsObject)[index];
        var result = errors.IsNull ? PyOps.Call1(ts, coder, obj) : PyOps.Call2(ts, coder, obj, errors);
        if (result.IsError)
        {
            return result;
        }

        if (result.AsObject is not PyTuple { Length: 2 } pair)
        {
            return ts.SetError(PyExc.TypeError, (index == 0 ? "encoder" : "decoder") + " must return a tuple (object, integer)");
        }

        return pair[0];
    }

    /// <summary><c>_PyCodec_LookupTextEncoding</c>: LookupError for codecs whose CodecInfo says <c>_is_text_encoding = False</c>.</summary>
    private PyValue LookupText(ThreadState ts, string encoding, string alternative)
    {
        var info = Lookup(ts, encoding);
        if (info.IsError || info.Type == PyType.Tuple)
        {
            return info;
        }

        var found = PyOps.TryGetAttr(ts, info, PyStr.Intern("_is_text_encoding"), out var flag);
        if (found <= 0)
        {
            return found < 0 ? PyValue.Error : info;
        }

        var isText = PyOps.IsTrue(ts, flag);
        if (isText < 0)
        {
            return PyValue.Error;
        }

        return isText > 0 ? info : ts.SetError(PyExc.LookupError, "'" + encoding + "' is not a text encoding; use " + alternative + " to handle arbitrary codecs");
    }

    private PyValue EncodeText(ThreadState ts, PyStr text, string encoding, string errors)
    {
        var result = Call(ts, PyValue.FromObject(text), encoding, PyValue.FromObject(new PyStr(errors)), 0, text: true, "encode");
        if (result.IsError || result.AsObject is PyBytes)
        {
            return result;
        }

        if (result.AsObject is PyByteArray array)
        {
            return PyBytes.From(array.Span.ToArray());
        }

        return ts.SetError(PyExc.TypeError, "'" + encoding + "' encoder returned '" + result.Type.Name + "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
    }

    private PyValue DecodeText(ThreadState ts, PyValue source, string encoding, string errors)
    {
        var result = Call(ts, source, encoding, PyValue.FromObject(new PyStr(errors)), 1, text: true, "decode");
        if (result.IsError || result.AsObject is PyStr)
        {
            return result;
        }

        return ts.SetError(PyExc.TypeError, "'" + encoding + "' decoder returned '" + result.Type.Name + "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
    }
}
