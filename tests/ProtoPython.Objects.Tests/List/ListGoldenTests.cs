using System.IO.Compression;
using System.Text.Json;
using ProtoPython.Objects.Tests.Numbers;

namespace ProtoPython.Objects.Tests.List;

/// <summary>
/// Replays List/goldens/lists.jsonl.gz (tools/objects/record_lists.py, CPython 3.14): every
/// operation's result, error message, length and capacity (CPython's <c>allocated</c>), slices with
/// their capacity, the final contents, and after every step the storage strategy implied by the
/// history: Empty until a store, Int64/Float64 while every value stored since the last clear was
/// an immediate int/float, Object after anything else.
/// </summary>
public sealed class ListGoldenTests
{
    private static readonly Lazy<List<JsonElement>> s_sequences = new(Load);

    private static readonly string[] s_modes = ["int", "float", "bool", "big", "sum", "mixed", "shrink"];

    public static TheoryData<string> Modes => new(s_modes);

    private static List<JsonElement> Load()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "List", "goldens", "lists.jsonl.gz");
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var result = new List<JsonElement>();
        while (reader.ReadLine() is { } line)
        {
            result.Add(JsonDocument.Parse(line).RootElement.Clone());
        }

        return result;
    }

    [Fact]
    public void GoldensCoverEveryMode()
    {
        Assert.Equal(840, s_sequences.Value.Count);
        Assert.Equal(s_modes.Length, s_sequences.Value.Select(s => s.GetProperty("mode").GetString()).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void SequencesMatchCPython(string mode)
    {
        var ran = 0;
        foreach (var seq in s_sequences.Value.Where(s => s.GetProperty("mode").GetString() == mode))
        {
            Replay(seq);
            ran++;
        }

        Assert.True(ran >= 40, "too few sequences for " + mode);
    }

    private static void Replay(JsonElement seq)
    {
        var ts = new ThreadState();
        var list = new PyList();
        var stored = new HashSet<ListStrategy>();
        var step = 0;
        foreach (var op in seq.GetProperty("ops").EnumerateArray())
        {
            var where = "seed " + seq.GetProperty("seed").GetInt32() + " step " + step++ + " " + op[0].GetString();
            var args = op[1];
            var expected = op[2];
            string? actual = null;
            switch (op[0].GetString())
            {
                case "append":
                    Store(stored, Val(args[0]));
                    list.Append(Val(args[0]));
                    break;
                case "insert":
                    Store(stored, Val(args[1]));
                    list.Insert(args[0].GetInt64(), Val(args[1]));
                    break;
                case "pop":
                    actual = Result(ts, list.Pop(ts));
                    break;
                case "popi":
                    actual = Result(ts, list.Pop(ts, args[0].GetInt64()));
                    break;
                case "set":
                    if (list.SetItem(ts, args[0].GetInt64(), Val(args[1])))
                    {
                        Store(stored, Val(args[1]));
                    }
                    else
                    {
                        actual = Error(ts);
                    }

                    break;
                case "get":
                    actual = list.TryGetItem(ts, args[0].GetInt64(), out var item) ? NumberGoldens.Encode(item) : Error(ts);
                    break;
                case "extend":
                    var other = new PyList();
                    foreach (var a in args.EnumerateArray())
                    {
                        other.Append(Val(a));
                        Store(stored, Val(a));
                    }

                    list.Extend(other);
                    break;
                case "extend_self":
                    list.Extend(list);
                    break;
                case "slice":
                    var slice = list.GetSlice(ts, Bound(args[0]), Bound(args[1]), Bound(args[2]));
                    if (slice is null)
                    {
                        actual = Error(ts);
                        break;
                    }

                    Assert.Equal(slice.Count == 0 ? ListStrategy.Empty : list.Strategy, slice.Strategy);
                    Assert.Equal(expected.GetProperty("cap").GetInt32(), slice.Capacity);
                    Assert.Equal(expected.GetProperty("items").EnumerateArray().Select(e => e.GetString()), Contents(slice));
                    break;
                case "reverse":
                    list.Reverse();
                    break;
                case "clear":
                    list.Clear();
                    stored.Clear();
                    break;
                case "contains":
                    Assert.True(expected.GetBoolean() == list.Contains(Val(args[0])), where);
                    break;
                case "index":
                    var index = list.Index(ts, Val(args[0]));
                    if (expected.ValueKind == JsonValueKind.Number)
                    {
                        Assert.Equal(expected.GetInt32(), index);
                    }
                    else
                    {
                        actual = Error(ts);
                    }

                    break;
                case "count":
                    Assert.True(expected.GetInt32() == list.CountOf(Val(args[0])), where);
                    break;
                case "sum":
                    actual = NumberGoldens.Encode(list.Strategy == ListStrategy.Int64 ? list.SumInt64() : SequentialSum(list));
                    break;
                default:
                    throw new InvalidOperationException("unknown op " + op[0]);
            }

            if (expected.ValueKind == JsonValueKind.String)
            {
                Assert.True(expected.GetString() == actual, where + ": expected " + expected.GetString() + ", got " + actual);
            }

            Assert.False(ts.HasError, where + ": error left pending");
            Assert.True(op[3].GetInt32() == list.Count, where + ": length");
            Assert.True(op[4].GetInt32() == list.Capacity, where + ": capacity " + list.Capacity + " vs CPython " + op[4].GetInt32());
            Assert.True(ExpectedStrategy(stored) == list.Strategy, where + ": strategy " + list.Strategy);
        }

        Assert.Equal(seq.GetProperty("final").EnumerateArray().Select(e => e.GetString()), Contents(list));
    }

    private static PyValue Val(JsonElement e) => NumberGoldens.Decode(e.GetString()!);

    private static long? Bound(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();

    private static void Store(HashSet<ListStrategy> stored, PyValue v) =>
        stored.Add(v.IsInt64 ? ListStrategy.Int64 : v.IsFloat ? ListStrategy.Float64 : ListStrategy.Object);

    private static ListStrategy ExpectedStrategy(HashSet<ListStrategy> stored) =>
        stored.Count == 0 ? ListStrategy.Empty : stored.Count == 1 ? stored.First() : ListStrategy.Object;

    private static string Result(ThreadState ts, PyValue v) => v.IsError ? Error(ts) : NumberGoldens.Encode(v);

    private static string Error(ThreadState ts)
    {
        var e = ts.FetchError();
        Assert.NotNull(e);
        return "e:" + e.Type.Name + ": " + e.Message;
    }

    private static List<string> Contents(PyList list)
    {
        var ts = new ThreadState();
        var result = new List<string>();
        for (var i = 0; i < list.Count; i++)
        {
            Assert.True(list.TryGetItem(ts, i, out var v));
            result.Add(NumberGoldens.Encode(v));
        }

        return result;
    }

    private static PyValue SequentialSum(PyList list)
    {
        var ts = new ThreadState();
        var total = PyValue.FromInt64(0);
        for (var i = 0; i < list.Count; i++)
        {
            Assert.True(list.TryGetItem(ts, i, out var v));
            total = PyInt.Add(total, v);
        }

        return total;
    }
}
