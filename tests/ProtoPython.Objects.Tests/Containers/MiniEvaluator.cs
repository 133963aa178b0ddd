using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace ProtoPython.Objects.Tests.Containers;

/// <summary>
/// Evaluates the statement trees of tools/objects/record_containers.py with PyOps: the C# side of
/// the container goldens. Each step gives repr() of its result, or "!Type: repr(args)".
/// </summary>
internal sealed class MiniEvaluator
{
    private readonly ThreadState _ts = new();
    private readonly Dictionary<string, PyValue> _vars = [];

    public string Step(JsonElement stmt)
    {
        var kind = stmt[0].GetString();
        PyValue result;
        switch (kind)
        {
            case "expr":
                result = Eval(stmt[1]);
                break;
            case "let":
                result = Eval(stmt[2]);
                if (!result.IsError)
                {
                    _vars[stmt[1].GetString()!] = result;
                }

                break;
            case "augassign":
                var name = stmt[1].GetString()!;
                var rhs = Eval(stmt[3]);
                result = rhs.IsError ? rhs : BinaryOrPow(stmt[2].GetString()!, _vars[name], rhs, inplace: true);
                if (!result.IsError)
                {
                    _vars[name] = result;
                }

                break;
            case "setitem":
            case "delitem":
                var obj = Eval(stmt[1]);
                var key = obj.IsError ? obj : Eval(stmt[2]);
                var value = key.IsError || kind == "delitem" ? PyValue.Null : Eval(stmt[3]);
                result = obj.IsError || key.IsError || (kind == "setitem" && value.IsError) ? PyValue.Error
                    : PyOps.SetItem(_ts, obj, key, value) ? obj : PyValue.Error;
                break;
            default:
                throw new InvalidDataException("statement " + kind);
        }

        return Show(result);
    }

    private string Show(PyValue v)
    {
        if (v.IsError)
        {
            var e = _ts.FetchError() ?? throw new InvalidOperationException("error without exception");
            var args = PyOps.Repr(_ts, PyValue.FromObject(e.Args));
            return "!" + e.Type.Name + ": " + (args?.Value ?? "<repr failed>");
        }

        var r = PyOps.Repr(_ts, v);
        if (r is null)
        {
            return Show(PyValue.Error);
        }

        return r.Value.Contains(" at 0x", StringComparison.Ordinal) ? "<object>" : r.Value;
    }

    private PyValue Eval(JsonElement e)
    {
        var kind = e[0].GetString();
        switch (kind)
        {
            case "const":
                return e[1].GetString() switch
                {
                    "None" => PyValue.None,
                    "True" => PyValue.True,
                    "False" => PyValue.False,
                    _ => PyValue.Ellipsis,
                };
            case "int":
                return PyValue.FromBigInteger(BigInteger.Parse(e[1].GetString()!, CultureInfo.InvariantCulture));
            case "float":
                return PyValue.FromDouble(BitConverter.Int64BitsToDouble(long.Parse(e[1].GetString()!, CultureInfo.InvariantCulture)));
            case "str":
                return PyValue.FromObject(new PyStr(e[1].GetString()!));
            case "var":
                return _vars[e[1].GetString()!];
            case "builtin":
                return Builtin(e[1].GetString()!);
            case "list":
            case "tuple":
            case "set":
                var items = EvalAll(e[1]);
                if (items is null)
                {
                    return PyValue.Error;
                }

                if (kind == "list")
                {
                    return PyValue.FromObject(PyList.FromValues(items));
                }

                if (kind == "tuple")
                {
                    return PyValue.FromObject(items.Length == 0 ? PyTuple.Empty : new PyTuple(items));
                }

                var set = new PySet();
                foreach (var item in items)
                {
                    if (!set.Add(_ts, item))
                    {
                        return PyValue.Error;
                    }
                }

                return PyValue.FromObject(set);
            case "dict":
                var dict = new PyDict();
                foreach (var pair in e[1].EnumerateArray())
                {
                    var k = Eval(pair[0]);
                    var v = k.IsError ? k : Eval(pair[1]);
                    if (v.IsError || !dict.SetItem(_ts, k, v))
                    {
                        return PyValue.Error;
                    }
                }

                return PyValue.FromObject(dict);
            case "neg":
                var operand = Eval(e[1]);
                return operand.IsError ? operand : PyOps.Negative(_ts, operand);
            case "not":
                var x = Eval(e[1]);
                var t = x.IsError ? -1 : PyOps.IsTrue(_ts, x);
                return t < 0 ? PyValue.Error : PyValue.FromBool(t == 0);
            case "slice":
                var parts = EvalAll(e, 1);
                return parts is null ? PyValue.Error : PyValue.FromObject(new PySlice(parts[0], parts[1], parts[2]));
            case "getitem":
                var o = Eval(e[1]);
                var key = o.IsError ? o : Eval(e[2]);
                return key.IsError ? key : PyOps.GetItem(_ts, o, key);
            case "attr":
                var target = Eval(e[1]);
                return target.IsError ? target : PyOps.GetAttr(_ts, target, PyStr.Intern(e[2].GetString()!));
            case "method":
                var self = Eval(e[1]);
                var method = self.IsError ? self : PyOps.GetAttr(_ts, self, PyStr.Intern(e[2].GetString()!));
                return method.IsError ? method : CallWith(method, e[3], e[4]);
            case "call":
                var f = Eval(e[1]);
                return f.IsError ? f : CallWith(f, e[2], e[3]);
            case "binop":
                var a = Eval(e[2]);
                var b = a.IsError ? a : Eval(e[3]);
                return b.IsError ? b : BinaryOrPow(e[1].GetString()!, a, b, inplace: false);
            case "cmp":
                var l = Eval(e[2]);
                var r = l.IsError ? l : Eval(e[3]);
                return r.IsError ? r : Compare(e[1].GetString()!, l, r);
            default:
                throw new InvalidDataException("expression " + kind);
        }
    }

    private PyValue[]? EvalAll(JsonElement array, int skip = 0)
    {
        var result = new List<PyValue>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (i++ < skip)
            {
                continue;
            }

            var v = Eval(item);
            if (v.IsError)
            {
                return null;
            }

            result.Add(v);
        }

        return [.. result];
    }

    private PyValue CallWith(PyValue f, JsonElement args, JsonElement kwargs)
    {
        var values = EvalAll(args);
        if (values is null)
        {
            return PyValue.Error;
        }

        var all = new List<PyValue>(values);
        var names = new List<PyValue>();
        foreach (var kw in kwargs.EnumerateArray())
        {
            var v = Eval(kw[1]);
            if (v.IsError)
            {
                return v;
            }

            names.Add(PyValue.FromObject(PyStr.Intern(kw[0].GetString()!)));
            all.Add(v);
        }

        return PyOps.Call(_ts, f, all.ToArray(), names.Count == 0 ? null : new PyTuple([.. names]));
    }

    private PyValue BinaryOrPow(string op, PyValue a, PyValue b, bool inplace)
    {
        var number = op switch
        {
            "+" => NumberOp.Add,
            "-" => NumberOp.Subtract,
            "*" => NumberOp.Multiply,
            "|" => NumberOp.Or,
            "&" => NumberOp.And,
            "^" => NumberOp.Xor,
            "%" => NumberOp.Remainder,
            "//" => NumberOp.FloorDivide,
            "**" => NumberOp.Power,
            _ => throw new InvalidDataException(op),
        };
        return inplace ? PyOps.InplaceOp(_ts, a, b, number) : PyOps.BinaryOp(_ts, a, b, number);
    }

    private PyValue Compare(string op, PyValue a, PyValue b)
    {
        switch (op)
        {
            case "in":
            case "not in":
                var c = PyOps.Contains(_ts, b, a);
                return c < 0 ? PyValue.Error : PyValue.FromBool((c > 0) == (op == "in"));
            case "is":
                return PyValue.FromBool(PyValue.Is(a, b));
        }

        var cmp = op switch
        {
            "<" => CompareOp.Lt,
            "<=" => CompareOp.Le,
            "==" => CompareOp.Eq,
            "!=" => CompareOp.Ne,
            ">" => CompareOp.Gt,
            _ => CompareOp.Ge,
        };
        return PyOps.RichCompare(_ts, a, b, cmp);
    }

    private static PyValue Builtin(string name) => name switch
    {
        "list" => PyValue.FromObject(PyType.List),
        "tuple" => PyValue.FromObject(PyType.Tuple),
        "dict" => PyValue.FromObject(PyType.Dict),
        "set" => PyValue.FromObject(PyType.Set),
        "frozenset" => PyValue.FromObject(PyType.FrozenSet),
        "range" => PyValue.FromObject(PyType.Range),
        "slice" => PyValue.FromObject(PyType.Slice),
        "str" => PyValue.FromObject(PyType.Str),
        "int" => PyValue.FromObject(PyType.Int),
        "float" => PyValue.FromObject(PyType.Float),
        "bool" => PyValue.FromObject(PyType.Bool),
        "type" => PyValue.FromObject(PyType.TypeType),
        _ => s_functions.TryGetValue(name, out var f) ? f : throw new InvalidDataException("builtin " + name),
    };

    private static readonly Dictionary<string, PyValue> s_functions = new()
    {
        ["len"] = Function("len", static (ts, a, kw) =>
        {
            var n = PyOps.Length(ts, a[0]);
            return n < 0 ? PyValue.Error : PyValue.FromInt64(n);
        }),
        ["repr"] = Function("repr", static (ts, a, kw) => PyOps.Repr(ts, a[0]) is { } r ? PyValue.FromObject(r) : PyValue.Error),
        ["hash"] = Function("hash", static (ts, a, kw) => a[0].TryHash(ts, out var h) ? PyValue.FromInt64(h) : PyValue.Error),
        ["iter"] = Function("iter", static (ts, a, kw) => PyOps.GetIter(ts, a[0])),
        ["next"] = Function("next", static (ts, a, kw) =>
        {
            var r = PyOps.Next(ts, a[0], out var item);
            return r > 0 ? item : r == 0 ? ts.SetError(PyExc.StopIteration, []) : PyValue.Error;
        }),
        ["abs"] = Function("abs", static (ts, a, kw) => PyOps.Absolute(ts, a[0])),
        ["reversed"] = Function("reversed", static (ts, a, kw) => Reversed(ts, a[0])),
        ["sorted"] = Function("sorted", static (ts, a, kw) =>
        {
            var list = PyOps.Call1(ts, PyValue.FromObject(PyType.List), a[0]);
            if (list.IsError)
            {
                return list;
            }

            var sort = PyOps.GetAttr(ts, list, PyStr.Intern("sort"));
            return sort.IsError || PyOps.Call(ts, sort, a[1..], kw).IsError ? PyValue.Error : list;
        }),
        ["min"] = Function("min", static (ts, a, kw) => Extreme(ts, a[0], CompareOp.Lt)),
        ["max"] = Function("max", static (ts, a, kw) => Extreme(ts, a[0], CompareOp.Gt)),
    };

    private static PyValue Function(string name, NativeFunction impl) => PyValue.FromObject(new PyBuiltinFunction(name, impl));

    private static PyValue Reversed(ThreadState ts, PyValue seq)
    {
        var r = PyOps.CallSpecial(ts, seq, Names.Reversed, [], out var found);
        if (found)
        {
            return r;
        }

        var n = PyOps.Length(ts, seq);
        if (n < 0)
        {
            return PyValue.Error;
        }

        var items = new PyList();
        for (var i = n - 1; i >= 0; i--)
        {
            var item = PyOps.GetItem(ts, seq, PyValue.FromInt64(i));
            if (item.IsError)
            {
                return item;
            }

            items.Append(item);
        }

        return PyOps.GetIter(ts, PyValue.FromObject(items));
    }

    private static PyValue Extreme(ThreadState ts, PyValue iterable, CompareOp op)
    {
        var it = PyOps.GetIter(ts, iterable);
        if (it.IsError)
        {
            return it;
        }

        var best = PyValue.Null;
        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r < 0)
            {
                return PyValue.Error;
            }

            if (r == 0)
            {
                return best.IsNull ? ts.SetError(PyExc.ValueError, "min() iterable argument is empty") : best;
            }

            if (best.IsNull)
            {
                best = item;
                continue;
            }

            var c = PyOps.RichCompareBool(ts, item, best, op);
            if (c < 0)
            {
                return PyValue.Error;
            }

            if (c > 0)
            {
                best = item;
            }
        }
    }
}
