using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Text.Json;

namespace ProtoPython.Objects.Tests.Dict;

/// <summary>
/// Replays the operation sequences of tools/objects/record_dicts.py (CPython 3.14) on PyDict and
/// compares the final items (order, key type and value), KeyErrors, lookups and the index
/// table's size and kind exactly.
/// </summary>
public sealed class DictGoldenTests
{
    private static readonly Lazy<List<JsonElement>> s_cases = new(Load);

    private static List<JsonElement> Load()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "Dict", "goldens", "dicts.jsonl.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var cases = new List<JsonElement>();
        while (reader.ReadLine() is { } line)
        {
            cases.Add(JsonDocument.Parse(line).RootElement);
        }

        return cases;
    }

    internal static PyValue Key(JsonElement e)
    {
        var tag = e[0].GetString();
        return tag switch
        {
            "n" => PyValue.None,
            "b" => PyValue.FromBool(e[1].GetInt32() != 0),
            "i" => PyValue.FromBigInteger(BigInteger.Parse(e[1].GetString()!, CultureInfo.InvariantCulture)),
            "f" => PyValue.FromDouble(BitConverter.Int64BitsToDouble(long.Parse(e[1].GetString()!, CultureInfo.InvariantCulture))),
            "s" => PyValue.FromObject(new PyStr([.. e[1].EnumerateArray().Select(x => x.GetInt32())])),
            "t" => PyValue.FromObject(new PyTuple([.. e[1].EnumerateArray().Select(Key)])),
            _ => throw new InvalidDataException("bad key tag " + tag),
        };
    }

    /// <summary>Structural identity of a key: type and exact value (so 1, 1.0 and True differ).</summary>
    private static string Describe(PyValue v) => v.AsObject switch
    {
        PyStr s => "s:" + string.Join(',', s.CodePoints.ToArray()),
        PyTuple t => "t(" + string.Join(' ', t.Items.ToArray().Select(Describe)) + ")",
        _ when v.IsFloat => "f:" + v.RawBits.ToString(CultureInfo.InvariantCulture),
        _ => v.Type.Name + ":" + v,
    };

    [Fact]
    public void Sequences_GiveCPythonsOrderValuesAndLookups()
    {
        var ts = new ThreadState();
        var cases = s_cases.Value;
        Assert.True(cases.Count >= 150);
        var resized = 0;
        for (var c = 0; c < cases.Count; c++)
        {
            var d = new PyDict();
            foreach (var op in cases[c].GetProperty("ops").EnumerateArray())
            {
                var key = Key(op[1]);
                if (op[0].GetString() == "set")
                {
                    Assert.True(d.SetItem(ts, key, PyValue.FromInt64(op[2].GetInt64())));
                }
                else
                {
                    var ok = op[2].GetInt32() != 0;
                    Assert.Equal(ok, d.DelItem(ts, key));
                    if (!ok)
                    {
                        var e = ts.FetchError();
                        Assert.NotNull(e);
                        Assert.Same(PyExc.KeyError, e.Type);
                        Assert.Equal(Describe(key), Describe(Assert.Single(e.Args.Items.ToArray())));
                    }
                }
            }

            var expected = cases[c].GetProperty("items").EnumerateArray()
                .Select(kv => Describe(Key(kv[0])) + "=" + kv[1].GetInt64().ToString(CultureInfo.InvariantCulture)).ToList();
            var actual = new List<string>();
            foreach (var kv in d)
            {
                actual.Add(Describe(kv.Key) + "=" + kv.Value);
            }

            Assert.True(expected.SequenceEqual(actual), $"case {c}: expected [{string.Join(", ", expected)}] got [{string.Join(", ", actual)}]");
            Assert.Equal(expected.Count, d.Count);

            // The index table CPython ended with (from sys.getsizeof): checks the growth rule.
            var table = cases[c].GetProperty("table");
            if (table.ValueKind == JsonValueKind.Null)
            {
                Assert.Equal(1, d.Keys.Size);
            }
            else
            {
                Assert.True(1 << table[0].GetInt32() == d.Keys.Size, $"case {c}: table size {d.Keys.Size}, CPython 2**{table[0].GetInt32()}");
                Assert.Equal(table[1].GetInt32() != 0, d.Keys.StrOnly);
            }

            if (d.Keys.Size > 64)
            {
                resized++;
            }

            foreach (var lk in cases[c].GetProperty("lookups").EnumerateArray())
            {
                var status = d.TryGetValue(ts, Key(lk[0]), out var value);
                if (lk[1].ValueKind == JsonValueKind.Null)
                {
                    Assert.Equal(DictLookup.NotFound, status);
                }
                else
                {
                    Assert.Equal(DictLookup.Found, status);
                    Assert.Equal(lk[1].GetInt64(), value.AsInt64);
                }
            }
        }

        Assert.False(ts.HasError);
        Assert.True(resized >= 10, "the goldens should grow dicts past several resizes");
    }
}
