using System.Numerics;
using System.Text.Json;
using ProtoPython.Objects.Tests.Numbers;

namespace ProtoPython.Objects.Tests.List;

/// <summary>
/// Strategy transitions and kernels of <see cref="PyList"/>. Expected Python results come from
/// List/goldens/sums.json (tools/objects/record_lists.py); the strategy checks are our design
/// (ARCHITECTURE §2.2).
/// </summary>
public sealed class PyListTests
{
    private static PyList Of(params PyValue[] items)
    {
        var list = new PyList();
        foreach (var v in items)
        {
            list.Append(v);
        }

        return list;
    }

    private static PyValue I(long v) => PyValue.FromInt64(v);

    private static PyValue F(double v) => PyValue.FromDouble(v);

    [Fact]
    public void FirstStoreChoosesAndMismatchesConvertToObject()
    {
        Assert.Equal(ListStrategy.Empty, new PyList().Strategy);
        Assert.Equal(ListStrategy.Int64, Of(I(1), I(long.MinValue), I(long.MaxValue)).Strategy);
        Assert.Equal(ListStrategy.Float64, Of(F(1.5), F(double.NaN), F(-0.0)).Strategy);
        Assert.Equal(ListStrategy.Object, Of(PyValue.True).Strategy);
        Assert.Equal(ListStrategy.Object, Of(I(1), PyValue.True).Strategy);
        Assert.Equal(ListStrategy.Object, Of(I(1), F(1.0)).Strategy);
        Assert.Equal(ListStrategy.Object, Of(F(1.0), I(1)).Strategy);
        Assert.Equal(ListStrategy.Object, Of(I(1), PyValue.FromBigInteger(BigInteger.One << 63)).Strategy);
    }

    [Fact]
    public void ConversionKeepsItemsAndNeverGoesBack()
    {
        var ts = new ThreadState();
        var list = Of(I(1), I(2), I(3));
        Assert.True(list.SetItem(ts, 1, PyValue.False));
        Assert.Equal(ListStrategy.Object, list.Strategy);
        Assert.True(list.SetItem(ts, 1, I(7)));
        Assert.True(PyValue.Is(list.Pop(ts, 1), I(7)));
        Assert.Equal(ListStrategy.Object, list.Strategy);
        Assert.True(list.TryGetItem(ts, -1, out var last));
        Assert.True(PyValue.Is(last, I(3)));
        Assert.Equal(4, list.Capacity);

        list.Clear();
        Assert.Equal(ListStrategy.Empty, list.Strategy);
        Assert.Equal(0, list.Capacity);
        list.Append(F(2.5));
        Assert.Equal(ListStrategy.Float64, list.Strategy);
    }

    [Fact]
    public void ExtendAndSliceKeepTheStrategy()
    {
        var ts = new ThreadState();
        var target = new PyList();
        target.Extend(Of(I(1), I(2), I(3)));
        Assert.Equal(ListStrategy.Int64, target.Strategy);
        target.Extend(target);
        Assert.Equal(6, target.Count);
        Assert.Equal(ListStrategy.Int64, target.GetSlice(ts, null, null, -2)!.Strategy);
        Assert.Equal(ListStrategy.Empty, target.GetSlice(ts, 3, 1, null)!.Strategy);
        target.Extend(Of(F(0.5)));
        Assert.Equal(ListStrategy.Object, target.Strategy);
        Assert.Null(target.GetSlice(ts, null, null, 0));
        Assert.Equal("slice step cannot be zero", ts.FetchError()!.Message);
    }

    [Fact]
    public void Float64SearchIsBitsEqualOrEqual()
    {
        var nan = F(double.NaN);
        var list = Of(F(1.0), nan, F(-0.0), F(0.0));
        Assert.True(list.Contains(nan));
        Assert.False(list.Contains(F(BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(double.NaN) ^ long.MinValue))));
        Assert.Equal(2, list.CountOf(F(0.0)));
        Assert.Equal(2, list.IndexOf(F(0.0)));
        Assert.Equal(0, list.IndexOf(I(1)));
        Assert.Equal(0, list.IndexOf(PyValue.True));
        Assert.Equal(2, list.CountOf(I(0)));
    }

    [Fact]
    public void Int64SearchMatchesEqualFloatsAndBools()
    {
        var list = Of(I(0), I(1), I(long.MaxValue), I(1));
        Assert.Equal(2, list.CountOf(PyValue.True));
        Assert.Equal(1, list.IndexOf(F(1.0)));
        Assert.Equal(-1, list.IndexOf(F(1.5)));
        Assert.Equal(-1, list.IndexOf(F(9223372036854775808.0)));
        Assert.Equal(-1, list.IndexOf(PyValue.FromBigInteger(BigInteger.One << 63)));
        Assert.Equal(0, list.IndexOf(F(-0.0)));
    }

    [Fact]
    public void SumKernelMatchesCPython()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "List", "goldens", "sums.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var cases = 0;
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var list = new PyList();
            foreach (var item in c.GetProperty("items").EnumerateArray())
            {
                list.Append(NumberGoldens.Decode(item.GetString()!));
            }

            Assert.True(list.Count == 0 || list.Strategy == ListStrategy.Int64);
            Assert.Equal(c.GetProperty("sum").GetString(), NumberGoldens.Encode(list.SumInt64()));
            cases++;
        }

        Assert.Equal(40, cases);
    }

    [Fact]
    public void SumKernelOverflowsAtEveryBlockPosition()
    {
        // Two overflowing items placed at each position of a 40-item list: vector and scalar tails agree
        // with an exact BigInteger sum.
        for (var at = 0; at < 40; at++)
        {
            var items = new long[40];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = (i * 7919L) - 100;
            }

            items[at] = long.MaxValue;
            items[(at + 5) % 40] = long.MaxValue;
            BigInteger expected = 0;
            foreach (var x in items)
            {
                expected += x;
            }

            Assert.Equal(PyValue.FromBigInteger(expected).ToString(), PyList.SumInt64(items).ToString());
        }
    }
}
