using BenchmarkDotNet.Attributes;
using ProtoPython.Objects.Formatting;

namespace ProtoPython.Benchmarks.Micro;

/// <summary>
/// repr(float), the shortest round-trip text, over 1,024 fixed doubles (integers, short decimals,
/// full-precision values, tiny and huge exponents, inf and nan). Per operation: all 1,024.
/// </summary>
[MemoryDiagnoser]
public class FloatReprBenchmark
{
    private double[] _values = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(1234);
        _values = new double[1024];
        for (var i = 0; i < _values.Length; i++)
        {
            _values[i] = (i % 8) switch
            {
                0 => i,
                1 => i / 10.0,
                2 => rng.NextDouble(),
                3 => rng.NextDouble() * 1e300,
                4 => rng.NextDouble() * 1e-300,
                5 => -i * 0.125,
                6 => i % 16 == 6 ? double.PositiveInfinity : double.NaN,
                _ => BitConverter.Int64BitsToDouble(rng.NextInt64() & 0x7FEF_FFFF_FFFF_FFFF),
            };
        }
    }

    [Benchmark]
    public int Format1024()
    {
        var length = 0;
        foreach (var v in _values)
        {
            length += FloatRepr.Format(v).Length;
        }

        return length;
    }
}
