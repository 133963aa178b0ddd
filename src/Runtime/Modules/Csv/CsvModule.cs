using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_csv</c> (CPython's Modules/_csv.c semantics): reader, writer, Dialect, the dialect registry,
/// field_size_limit, the QUOTE_* constants and _csv.Error. csv.py builds DictReader, DictWriter
/// and Sniffer on these.
/// </summary>
internal sealed class CsvModule : INativeModule
{
    private static PyType? s_error;
    private static readonly PyDict s_dialects = new();

    public string Name => "_csv";

    public static PyType Error => s_error!;

    /// <summary>The limit on the length of a parsed field.</summary>
    public static long FieldLimit { get; private set; } = 128 * 1024;

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        if (s_error is null)
        {
            var ns = new PyDict();
            ns.SetStr(PyStr.Intern("__module__"), NativeTypes.Str("_csv"));
            var t = PyOps.Call(ts, PyValue.FromObject(PyType.TypeType), [NativeTypes.Str("Error"), NativeTypes.Tuple(PyValue.FromObject(PyExc.Exception)), PyValue.FromObject(ns)]);
            if (t.IsError)
            {
                return null;
            }

            s_error = (PyType)t.AsObject;
        }

        var m = new PyModule("_csv");
        m.Add("Error", PyValue.FromObject(s_error));
        m.Add("Dialect", PyValue.FromObject(CsvDialect.TypeObject));
        m.Add("Reader", PyValue.FromObject(CsvReader.TypeObject));
        m.Add("Writer", PyValue.FromObject(CsvWriter.TypeObject));
        m.Add("_dialects", PyValue.FromObject(s_dialects));
        string[] quoting = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL"];
        for (var i = 0; i < quoting.Length; i++)
        {
            m.Add(quoting[i], PyValue.FromInt64(i));
        }

        m.AddFunction("reader", static (ts, a, kw) =>
        {
            var pos = NativeTypes.Positional(a, kw);
            if (!CheckArgs(ts, "reader", pos.Length))
            {
                return PyValue.Error;
            }

            var iter = PyOps.GetIter(ts, pos[0]);
            if (iter.IsError)
            {
                return iter;
            }

            var dialect = CsvDialect.Make(ts, pos.Length > 1 ? pos[1] : PyValue.Null, a[pos.Length..], kw);
            return dialect is null ? PyValue.Error : PyValue.FromObject(new CsvReader(iter, dialect));
        });
        m.AddFunction("writer", static (ts, a, kw) =>
        {
            var pos = NativeTypes.Positional(a, kw);
            if (!CheckArgs(ts, "writer", pos.Length))
            {
                return PyValue.Error;
            }

            var found = PyOps.TryGetAttr(ts, pos[0], PyStr.Intern("write"), out var write);
            if (found < 0)
            {
                return PyValue.Error;
            }

            if (found == 0 || !NativeTypes.IsCallable(write))
            {
                return ts.SetError(PyExc.TypeError, "argument 1 must have a \"write\" method");
            }

            var dialect = CsvDialect.Make(ts, pos.Length > 1 ? pos[1] : PyValue.Null, a[pos.Length..], kw);
            return dialect is null ? PyValue.Error : PyValue.FromObject(new CsvWriter(write, dialect));
        });
        m.AddFunction("register_dialect", static (ts, a, kw) =>
        {
            var pos = NativeTypes.Positional(a, kw);
            if (!CheckArgs(ts, "register_dialect", pos.Length))
            {
                return PyValue.Error;
            }

            if (pos[0].AsObject is not PyStr)
            {
                return ts.SetError(PyExc.TypeError, "dialect name must be a string");
            }

            var dialect = CsvDialect.Make(ts, pos.Length > 1 ? pos[1] : PyValue.Null, a[pos.Length..], kw);
            return dialect is null || !s_dialects.SetItem(ts, pos[0], PyValue.FromObject(dialect)) ? PyValue.Error : PyValue.None;
        });
        m.AddFunction("unregister_dialect", static (ts, a, kw) =>
        {
            Span<PyValue> p = new PyValue[1];
            if (!ArgParser.Parse(ts, "unregister_dialect", a, kw, ["name"], 1, 0, p))
            {
                return PyValue.Error;
            }

            var found = s_dialects.TryGetValue(ts, p[0], out _);
            if (found == DictLookup.Error)
            {
                return PyValue.Error;
            }

            return found == DictLookup.NotFound ? ts.SetError(Error, "unknown dialect") : s_dialects.DelItem(ts, p[0]) ? PyValue.None : PyValue.Error;
        });
        m.AddFunction("get_dialect", static (ts, a, kw) =>
        {
            Span<PyValue> p = new PyValue[1];
            return ArgParser.Parse(ts, "get_dialect", a, kw, ["name"], 1, 0, p) ? GetDialect(ts, p[0]) : PyValue.Error;
        });
        m.AddFunction("list_dialects", static (ts, a, kw) =>
        {
            var names = new List<PyValue>();
            foreach (var pair in s_dialects)
            {
                names.Add(pair.Key);
            }

            return PyValue.FromObject(PyList.FromValues(names.ToArray()));
        }, NativeArity.NoArgs);
        m.AddFunction("field_size_limit", static (ts, a, kw) =>
        {
            Span<PyValue> p = new PyValue[1];
            if (!ArgParser.Parse(ts, "field_size_limit", a, kw, ["new_limit"], 0, 0, p))
            {
                return PyValue.Error;
            }

            var old = FieldLimit;
            if (!p[0].IsNull)
            {
                if (!p[0].IsExactInt)
                {
                    return ts.SetError(PyExc.TypeError, "limit must be an integer");
                }

                if (!PyOps.TryIndexAsInt64(ts, p[0], PyExc.OverflowError, out var limit))
                {
                    return PyValue.Error;
                }

                FieldLimit = limit;
            }

            return PyValue.FromInt64(old);
        });
        return m;
    }

    private static bool CheckArgs(ThreadState ts, string name, int n)
    {
        if (n < 1)
        {
            ts.SetError(PyExc.TypeError, name + " expected at least 1 argument, got " + n);
            return false;
        }

        if (n > 2)
        {
            ts.SetError(PyExc.TypeError, name + " expected at most 2 arguments, got " + n);
            return false;
        }

        return true;
    }

    public static PyValue GetDialect(ThreadState ts, PyValue name)
    {
        var found = s_dialects.TryGetValue(ts, name, out var dialect);
        return found == DictLookup.Error ? PyValue.Error : found == DictLookup.NotFound ? ts.SetError(Error, "unknown dialect") : dialect;
    }
}
