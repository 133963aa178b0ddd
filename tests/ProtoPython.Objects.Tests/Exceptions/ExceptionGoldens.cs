using System.Text.Json;

namespace ProtoPython.Objects.Tests.Exceptions;

/// <summary>
/// Reads Exceptions/goldens/exceptions.json (tools/objects/record_exceptions.py, CPython 3.14) and
/// builds the values its specs describe, the way the recorder's build() does.
/// </summary>
internal static class ExceptionGoldens
{
    private static readonly Lazy<JsonElement> s_root = new(() =>
    {
        BuiltinTypes.Initialize();
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "Exceptions", "goldens", "exceptions.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
    });

    public static JsonElement Root => s_root.Value;

    /// <summary>A builtins name: the exception types, their aliases, and the other builtin types.</summary>
    public static PyType TypeNamed(string name)
    {
        if (name is "EnvironmentError" or "IOError")
        {
            return PyExc.OSError;
        }

        foreach (var t in BuiltinTypes.AllTypes())
        {
            if (t.Name == name)
            {
                return t;
            }
        }

        throw new InvalidOperationException("no builtin type " + name);
    }

    /// <summary>The value of a spec, or Error with the exception pending in <paramref name="ts"/>.</summary>
    public static PyValue Build(ThreadState ts, JsonElement spec)
    {
        switch (spec.ValueKind)
        {
            case JsonValueKind.Null:
                return PyValue.None;
            case JsonValueKind.True:
                return PyValue.True;
            case JsonValueKind.False:
                return PyValue.False;
            case JsonValueKind.String:
                return PyValue.FromObject(new PyStr(spec.GetString()!));
            case JsonValueKind.Number:
                var raw = spec.GetRawText();
                return raw.Contains('.') || raw.Contains('e') || raw.Contains('E')
                    ? PyValue.FromDouble(spec.GetDouble())
                    : PyValue.FromInt64(spec.GetInt64());
        }

        if (spec.TryGetProperty("exc", out var excName))
        {
            var args = new List<PyValue>();
            if (spec.TryGetProperty("args", out var argSpecs))
            {
                foreach (var a in argSpecs.EnumerateArray())
                {
                    var v = Build(ts, a);
                    if (v.IsError)
                    {
                        return v;
                    }

                    args.Add(v);
                }
            }

            PyTuple? kwnames = null;
            if (spec.TryGetProperty("kw", out var kw))
            {
                var names = new List<PyValue>();
                foreach (var p in kw.EnumerateObject())
                {
                    var v = Build(ts, p.Value);
                    if (v.IsError)
                    {
                        return v;
                    }

                    names.Add(PyValue.FromObject(PyStr.Intern(p.Name)));
                    args.Add(v);
                }

                kwnames = new PyTuple([.. names]);
            }

            return PyOps.Call(ts, PyValue.FromObject(TypeNamed(excName.GetString()!)), args.ToArray(), kwnames);
        }

        var prop = spec.EnumerateObject().Single();
        switch (prop.Name)
        {
            case "t":
            case "l":
                var items = new List<PyValue>();
                foreach (var a in prop.Value.EnumerateArray())
                {
                    var v = Build(ts, a);
                    if (v.IsError)
                    {
                        return v;
                    }

                    items.Add(v);
                }

                return prop.Name == "t" ? PyValue.FromObject(new PyTuple([.. items])) : PyValue.FromObject(PyList.FromValues(items.ToArray()));
            case "b":
            case "ba":
                var bytes = Convert.FromHexString(prop.Value.GetString()!);
                var ints = PyList.FromValues(bytes.Select(b => PyValue.FromInt64(b)).ToArray());
                return PyOps.Call1(ts, PyValue.FromObject(prop.Name == "b" ? PyType.Bytes : PyType.ByteArray), PyValue.FromObject(ints));
            case "type":
                return PyValue.FromObject(TypeNamed(prop.Value.GetString()!));
            case "bigint":
                return PyValue.FromBigInteger(System.Numerics.BigInteger.Parse(prop.Value.GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            case "d":
                var dict = new PyDict();
                foreach (var pair in prop.Value.EnumerateArray())
                {
                    var k = Build(ts, pair[0]);
                    var v = Build(ts, pair[1]);
                    if (k.IsError || v.IsError || !dict.SetItem(ts, k, v))
                    {
                        return PyValue.Error;
                    }
                }

                return PyValue.FromObject(dict);
            case "pred":
                return PyValue.FromObject(Predicate(prop.Value.GetString()!));
            default:
                throw new InvalidOperationException("unknown spec " + spec);
        }
    }

    /// <summary>The recorder's PREDICATES, in C#.</summary>
    private static PyBuiltinFunction Predicate(string name)
    {
        NativeFunction f = name switch
        {
            "always" => static (ts, a, _) => PyValue.True,
            "never" => static (ts, a, _) => PyValue.False,
            "arg_is_1" => static (ts, a, _) => PyValue.FromBool(a[0].AsObject is PyBaseException { Args.Length: 1 } e && e.Args[0].IsInt64 && e.Args[0].AsInt64 == 1),
            "is_group" => static (ts, a, _) => PyValue.FromBool(a[0].Type.IsSubtypeOf(PyExc.BaseExceptionGroup)),
            "name_starts_T" => static (ts, a, _) => PyValue.FromBool(a[0].Type.Name.StartsWith('T')),
            "raises" => static (ts, a, _) => ts.SetError(PyExc.ValueError, "pred"),
            "returns_zero" => static (ts, a, _) => PyValue.FromInt64(0),
            _ => throw new InvalidOperationException(name),
        };
        return new PyBuiltinFunction(name, f, NativeArity.One);
    }

    /// <summary>"Type: message" of the pending exception, which is cleared.</summary>
    public static string Error(ThreadState ts)
    {
        var e = ts.FetchError() ?? throw new InvalidOperationException("no pending exception");
        var s = PyOps.Str(ts, PyValue.FromObject(e));
        return e.Type.Name + ": " + (s?.Value ?? "<str failed>");
    }

    /// <summary>The recorder's attempt(): repr of a result, or "!Type: message".</summary>
    public static string Attempt(ThreadState ts, PyValue v)
    {
        if (v.IsError)
        {
            return "!" + Error(ts);
        }

        var r = PyOps.Repr(ts, v);
        return r is null ? "!" + Error(ts) : r.Value;
    }

    public static string Repr(ThreadState ts, PyValue v) => Attempt(ts, v);

    /// <summary>The recorder's run_op: one operation's result as the recorder prints it.</summary>
    public static string RunOp(ThreadState ts, PyValue e, JsonElement op)
    {
        var kind = op[0].GetString();
        switch (kind)
        {
            case "get":
                return Attempt(ts, PyOps.GetAttr(ts, e, PyStr.Intern(op[1].GetString()!)));
            case "set":
            case "del":
                var value = kind == "set" ? Build(ts, op[2]) : PyValue.Null;
                if (kind == "set" && value.IsError)
                {
                    return "!" + Error(ts);
                }

                return PyOps.SetAttr(ts, e, PyStr.Intern(op[1].GetString()!), value) ? "ok" : "!" + Error(ts);
            case "call":
                var args = new List<PyValue>();
                foreach (var a in op[2].EnumerateArray())
                {
                    args.Add(Build(ts, a));
                }

                return Attempt(ts, PyOps.CallMethod(ts, e, PyStr.Intern(op[1].GetString()!), args.ToArray()));
            case "str":
                return PyOps.Str(ts, e) is { } s ? ProtoPython.Objects.Formatting.StringRepr.Format(s.Value) : "!" + Error(ts);
            case "repr":
                return PyOps.Repr(ts, e) is { } r ? ProtoPython.Objects.Formatting.StringRepr.Format(r.Value) : "!" + Error(ts);
            default:
                throw new InvalidOperationException("unknown op " + op);
        }
    }
}
