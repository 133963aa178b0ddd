using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Text.Json;

namespace ProtoPython.Objects.Tests.Containers;

/// <summary>
/// Replays Containers/goldens/set_orders.json.gz (tools/objects/record_containers.py, CPython
/// 3.14, PYTHONHASHSEED=0): seeded add/discard/pop sequences over ints and strs; at every
/// checkpoint the iteration order must be CPython's, as must pop()'s choice, the results of the
/// set operators and frozenset's hash.
/// </summary>
public sealed class SetOrderTests
{
    private static readonly Lazy<List<JsonElement>> s_cases = new(() =>
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "Containers", "goldens", "set_orders.json.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        return [.. JsonDocument.Parse(reader.ReadToEnd()).RootElement.EnumerateArray()];
    });

    private static PyValue Value(JsonElement e) => e[0].GetString() == "s"
        ? PyValue.FromObject(new PyStr(e[1].GetString()!))
        : PyValue.FromBigInteger(BigInteger.Parse(e[1].GetString()!, CultureInfo.InvariantCulture));

    private static string Describe(PyValue v) => v.AsObject is PyStr s ? "'" + s.Value + "'" : v.ToString();

    private static string Describe(IEnumerable<PyValue> values) => string.Join(", ", values.Select(Describe));

    private static string Expected(JsonElement list) => Describe(list.EnumerateArray().Select(Value));

    [Fact]
    public void Sequences_IterateInCPythonsOrder()
    {
        BuiltinTypes.Initialize();
        var ts = new ThreadState();
        var cases = s_cases.Value;
        Assert.True(cases.Count >= 50);
        var checks = 0;
        foreach (var c in cases)
        {
            var seed = c.GetProperty("seed").GetInt32();
            var set = new PySet();
            var step = 0;
            foreach (var op in c.GetProperty("ops").EnumerateArray())
            {
                step++;
                var where = "seed " + seed + " step " + step;
                switch (op[0].GetString())
                {
                    case "add":
                        Assert.True(set.Add(ts, Value(op[1])), where);
                        break;
                    case "discard":
                        Assert.True(set.Discard(ts, Value(op[1])) >= 0, where);
                        break;
                    case "pop":
                        Assert.Equal(Describe(Value(op[1])), Describe(set.Pop(ts)));
                        break;
                    default:
                        checks++;
                        Assert.True(Expected(op[1]) == Describe(set.ToArray()), where);
                        break;
                }
            }

            var other = new PySet();
            foreach (var v in c.GetProperty("other").EnumerateArray())
            {
                Assert.True(other.Add(ts, Value(v)));
            }

            var self = PyValue.FromObject(set);
            var o = PyValue.FromObject(other);
            var derived = c.GetProperty("derived");
            void Check(string name, PyValue result)
            {
                Assert.False(result.IsError, name);
                Assert.True(Expected(derived.GetProperty(name)) == Describe(((PySet)result.AsObject).ToArray()), "seed " + seed + " " + name + "\nexpected " + Expected(derived.GetProperty(name)) + "\nactual   " + Describe(((PySet)result.AsObject).ToArray()) + "\nself " + Describe(set.ToArray()) + "\nother " + Describe(other.ToArray()));
            }

            Check("or", PyOps.BinaryOp(ts, self, o, NumberOp.Or));
            Check("and", PyOps.BinaryOp(ts, self, o, NumberOp.And));
            Check("sub", PyOps.BinaryOp(ts, self, o, NumberOp.Subtract));
            Check("xor", PyOps.BinaryOp(ts, self, o, NumberOp.Xor));
            Check("rsub", PyOps.BinaryOp(ts, o, self, NumberOp.Subtract));
            Check("copy", PyValue.FromObject(set.Copy(ts)));
            Check("frozen", PyOps.Call1(ts, PyValue.FromObject(PyType.FrozenSet), self));
            Check("fromlist", PyOps.Call1(ts, PyValue.FromObject(PyType.Set), PyValue.FromObject(PyList.FromValues(set.ToArray()))));
            foreach (var (name, method) in new[] { ("iand", "intersection_update"), ("ixor", "symmetric_difference_update"), ("isub", "difference_update"), ("ior", "update") })
            {
                var copy = PyOps.Call1(ts, PyValue.FromObject(PyType.Set), self);
                Assert.False(PyOps.CallMethod(ts, copy, PyStr.Intern(method), [o]).IsError, method);
                Check(name, copy);
            }

            var frozen = PyOps.Call1(ts, PyValue.FromObject(PyType.FrozenSet), self);
            Assert.True(frozen.TryHash(ts, out var hash));
            Assert.Equal(derived.GetProperty("hash").GetInt64(), hash);
        }

        Assert.True(checks > 500);
    }
}
