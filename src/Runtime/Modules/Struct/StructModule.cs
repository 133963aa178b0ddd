using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>_struct</c>: pack/unpack of C structs (CPython's formats, sizes, alignment and messages).</summary>
internal sealed class StructModule : INativeModule
{
    private static readonly string[] s_unpackFromNames = ["", "buffer", "offset"];
    private static PyType? s_error;
    private readonly Dictionary<string, PyStruct> _cache = new(StringComparer.Ordinal);

    /// <summary><c>struct.error</c> (created by the first import).</summary>
    public static PyType Error => s_error!;

    public string Name => "_struct";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        if (s_error is null)
        {
            var ns = new PyDict();
            ns.SetStr(PyStr.Intern("__module__"), NativeTypes.Str("struct"));
            var error = PyOps.Call(ts, PyValue.FromObject(PyType.TypeType),
                [NativeTypes.Str("error"), NativeTypes.Tuple(PyValue.FromObject(PyExc.Exception)), PyValue.FromObject(ns)]);
            if (error.IsError)
            {
                return null;
            }

            s_error = (PyType)error.AsObject;
        }

        var m = new PyModule("_struct");
        m.Add("error", PyValue.FromObject(Error));
        m.Add("Struct", PyValue.FromObject(PyStruct.TypeObject.Value));
        m.AddFunction("_clearcache", (ts, a, kw) =>
        {
            _cache.Clear();
            return PyValue.None;
        }, NativeArity.NoArgs);
        m.AddFunction("calcsize", (ts, a, kw) => Cached(ts, a[0]) is { } s ? PyValue.FromInt64(s.Layout.Size) : PyValue.Error, NativeArity.One);
        m.AddFunction("pack", (ts, a, kw) =>
        {
            if (!ArgParser.NoKeywords(ts, "pack", kw))
            {
                return PyValue.Error;
            }

            if (a.Length == 0)
            {
                return ts.SetError(PyExc.TypeError, "pack expected at least 1 argument, got 0");
            }

            return Cached(ts, a[0]) is { } s ? s.Pack(ts, a[1..]) : PyValue.Error;
        });
        m.AddFunction("pack_into", (ts, a, kw) =>
        {
            if (!ArgParser.NoKeywords(ts, "pack_into", kw))
            {
                return PyValue.Error;
            }

            if (a.Length == 0)
            {
                return ts.SetError(PyExc.TypeError, "pack_into expected at least 1 argument, got 0");
            }

            return Cached(ts, a[0]) is { } s ? s.PackInto(ts, a[1..]) : PyValue.Error;
        });
        m.AddFunction("unpack", (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "unpack", a, kw, 2, 2))
            {
                return PyValue.Error;
            }

            return Cached(ts, a[0]) is { } s ? s.Unpack(ts, a[1]) : PyValue.Error;
        });
        m.AddFunction("iter_unpack", (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "iter_unpack", a, kw, 2, 2))
            {
                return PyValue.Error;
            }

            return Cached(ts, a[0]) is { } s ? s.IterUnpack(ts, a[1]) : PyValue.Error;
        });
        m.AddFunction("unpack_from", (ts, a, kw) =>
        {
            Span<PyValue> p = new PyValue[3];
            if (!ArgParser.Parse(ts, "unpack_from", a, kw, s_unpackFromNames, 2, 1, p))
            {
                return PyValue.Error;
            }

            return Cached(ts, p[0]) is { } s ? s.UnpackFrom(ts, p[1], p[2]) : PyValue.Error;
        });
        return m;
    }

    /// <summary>The compiled Struct for a format argument (str or bytes), cached by format text.</summary>
    private PyStruct? Cached(ThreadState ts, PyValue format)
    {
        if (format.AsObject is PyStr key && _cache.TryGetValue(key.Value, out var found))
        {
            return found;
        }

        var created = PyStruct.Create(ts, PyStruct.TypeObject.Value, format);
        if (created is not null && format.AsObject is PyStr s)
        {
            if (_cache.Count >= 100)
            {
                _cache.Clear();
            }

            _cache[s.Value] = created;
        }

        return created;
    }
}
