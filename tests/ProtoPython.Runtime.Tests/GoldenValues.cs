using System.Text.Json;
using ProtoPython.Objects;
using ProtoPython.Runtime.Builtins;
using ThreadState = ProtoPython.Objects.ThreadState;

namespace ProtoPython.Runtime.Tests;

/// <summary>The value encoding shared by tools/runtime/record_*.py (see record_builtins.py's docstring).</summary>
internal static class GoldenValues
{
    private static readonly Lazy<PyModule> s_builtins = new(() =>
    {
        var m = BuiltinsModule.Create();
        ListSortStandIn.EnsureInstalled();
        return m;
    });

    /// <summary>One builtins module for all tests.</summary>
    public static PyModule Builtins => s_builtins.Value;

    /// <summary>The builtin named <paramref name="name"/>.</summary>
    public static PyValue Builtin(string name) =>
        Builtins.Dict.TryGetStr(PyStr.Intern(name), out var v) ? v : throw new InvalidOperationException("no builtin " + name);

    /// <summary>Decodes a value written by the recorders' <c>enc()</c>.</summary>
    public static PyValue Decode(ThreadState ts, JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null:
                return PyValue.None;
            case JsonValueKind.True:
                return PyValue.True;
            case JsonValueKind.False:
                return PyValue.False;
            case JsonValueKind.String:
                return PyValue.FromObject(new PyStr(e.GetString()!));
        }

        var prop = e.EnumerateObject().First();
        var v = prop.Value;
        switch (prop.Name)
        {
            case "int":
                return PyValue.FromBigInteger(System.Numerics.BigInteger.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            case "float":
                return PyValue.FromDouble(BitConverter.Int64BitsToDouble(Convert.ToInt64(v.GetString(), 16)));
            case "cps":
                return PyValue.FromObject(new PyStr(v.EnumerateArray().Select(x => x.GetInt32()).ToArray()));
            case "list":
                var list = new PyList();
                foreach (var x in v.EnumerateArray())
                {
                    list.Append(Decode(ts, x));
                }

                return PyValue.FromObject(list);
            case "tuple":
                return PyValue.FromObject(new PyTuple(v.EnumerateArray().Select(x => Decode(ts, x)).ToArray()));
            case "dict":
                var dict = new PyDict();
                foreach (var pair in v.EnumerateArray())
                {
                    dict.SetItem(ts, Decode(ts, pair[0]), Decode(ts, pair[1]));
                }

                return PyValue.FromObject(dict);
            case "builtin":
                return Builtins.Dict.TryGetStr(PyStr.Intern(v.GetString()!), out var b) ? b : throw new InvalidOperationException("no builtin " + v);
            case "iter":
                return PyOps.GetIter(ts, Decode(ts, v));
            case "class":
                return Fixtures.Class(v.GetString()!);
            case "instance":
                return Fixtures.Instance(ts, v.GetString()!, []);
            case "fixture":
                return Fixtures.Instance(ts, v.GetString()!, e.GetProperty("args").EnumerateArray().Select(x => Decode(ts, x)).ToArray());
            default:
                throw new InvalidOperationException("unknown encoding " + prop.Name);
        }
    }
}
