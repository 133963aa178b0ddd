using System.Numerics;
using System.Runtime.CompilerServices;

namespace ProtoPython.Objects.Tests.Core;

public sealed class PyValueTests
{
    [Fact]
    public void PyValue_IsSixteenBytes()
    {
        Assert.Equal(16, Unsafe.SizeOf<PyValue>());
    }

    [Fact]
    public void Immediates_HaveTheirPythonTypeThroughTheTag()
    {
        Assert.Same(PyType.Int, PyValue.FromInt64(5).Type);
        Assert.Same(PyType.Float, PyValue.FromDouble(1.5).Type);
        Assert.Same(ImmediateTag.Int, PyValue.FromInt64(5).AsObject);
        Assert.Same(PyType.Int, PyValue.FromBigInteger(BigInteger.Pow(2, 100)).Type);
        Assert.Same(PyType.Bool, PyValue.True.Type);
        Assert.Same(PyType.NoneType, PyValue.None.Type);
        Assert.Same(PyType.NotImplementedType, PyValue.NotImplemented.Type);
        Assert.Same(PyType.Ellipsis, PyValue.Ellipsis.Type);
    }

    [Fact]
    public void Accessors_RoundTrip()
    {
        Assert.Equal(long.MinValue, PyValue.FromInt64(long.MinValue).AsInt64);
        Assert.True(PyValue.FromInt64(0).IsInt64);
        Assert.False(PyValue.FromInt64(0).IsFloat);
        Assert.Equal(-0.0, PyValue.FromDouble(-0.0).AsDouble);
        Assert.True(double.IsNegative(PyValue.FromDouble(-0.0).AsDouble));
        Assert.True(double.IsNaN(PyValue.FromDouble(double.NaN).AsDouble));
        Assert.True(PyValue.FromDouble(2.0).IsFloat);
    }

    [Fact]
    public void FromBigInteger_NormalizesValuesThatFit()
    {
        Assert.True(PyValue.FromBigInteger(long.MaxValue).IsInt64);
        Assert.True(PyValue.FromBigInteger(long.MinValue).IsInt64);
        Assert.True(PyValue.FromBigInteger((BigInteger)long.MaxValue + 1).IsBigInt);
        Assert.True(PyValue.FromBigInteger((BigInteger)long.MinValue - 1).IsBigInt);
    }

    [Fact]
    public void Is_ComparesReferenceAndBits()
    {
        Assert.True(PyValue.Is(PyValue.FromInt64(1000), PyValue.FromInt64(1000)));
        Assert.False(PyValue.Is(PyValue.FromInt64(1), PyValue.FromDouble(1.0)));
        Assert.False(PyValue.Is(PyValue.FromDouble(0.0), PyValue.FromDouble(-0.0)));
        Assert.True(PyValue.Is(PyValue.FromDouble(double.NaN), PyValue.FromDouble(double.NaN)));
        Assert.False(PyValue.Is(PyValue.True, PyValue.FromInt64(1)));
        Assert.True(PyValue.Is(PyValue.FromBool(true), PyValue.True));
        Assert.True(PyValue.Is(PyValue.None, PyValue.FromObject(PyNone.Instance)));
        var big = PyValue.FromBigInteger(BigInteger.Pow(10, 30));
        Assert.True(PyValue.Is(big, big));
        Assert.False(PyValue.Is(big, PyValue.FromBigInteger(BigInteger.Pow(10, 30))));
    }

    [Fact]
    public void Bools_CarryTheirValueInTheBits()
    {
        Assert.Equal(1, PyValue.True.AsInt64);
        Assert.Equal(0, PyValue.False.AsInt64);
        Assert.True(PyValue.FromObject(PyBool.TrueObject).IsBool);
        Assert.Equal(1, PyValue.FromObject(PyBool.TrueObject).AsInt64);
    }

    [Fact]
    public void Error_IsTheDefaultValue()
    {
        Assert.True(PyValue.Error.IsError);
        Assert.True(default(PyValue).IsError);
        Assert.False(PyValue.None.IsError);
        Assert.False(PyValue.FromInt64(0).IsError);
    }
}
