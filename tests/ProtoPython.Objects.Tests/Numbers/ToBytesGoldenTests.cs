using System.Globalization;

namespace ProtoPython.Objects.Tests.Numbers;

/// <summary>
/// The recorded <c>int.to_bytes</c> cases whose result is a bytes object, checked against
/// <see cref="PyInt.ToBytes"/> (the method itself needs the bytes type, which is not on main yet).
/// </summary>
[Collection(IntMaxStrDigitsTests.Collection)]
public sealed class ToBytesGoldenTests
{
    [Fact]
    public void ToBytes_MatchesCPython()
    {
        var cases = NumericMethodGoldens.All.Where(c => c.Expected.StartsWith("y:", StringComparison.Ordinal)).ToList();
        Assert.True(cases.Count > 300);
        var failures = new List<string>();
        foreach (var c in cases)
        {
            Assert.Equal("to_bytes", c.Name);
            var ts = new ThreadState();
            var self = NumericMethodGoldens.Decode(ts, c.Receiver!.Value);
            long length = 1;
            var order = "big";
            var signed = false;
            var positional = c.Args.Select(a => NumericMethodGoldens.Decode(ts, a)).ToList();
            if (positional.Count > 0)
            {
                length = positional[0].AsInt64;
            }

            if (positional.Count > 1)
            {
                order = ((PyStr)positional[1].AsObject).Value;
            }

            foreach (var (name, value) in c.Keywords)
            {
                var v = NumericMethodGoldens.Decode(ts, value);
                switch (name)
                {
                    case "length": length = v.AsInt64; break;
                    case "byteorder": order = ((PyStr)v.AsObject).Value; break;
                    case "signed": signed = PyOps.IsTrue(ts, v) > 0; break;
                }
            }

            var bytes = PyInt.ToBytes(ts, self, length, order == "little", signed);
            var actual = bytes is null ? "error" : "y:" + Convert.ToHexStringLower(bytes);
            if (actual != c.Expected)
            {
                failures.Add(c + ": expected " + c.Expected + ", got " + actual);
            }

            // And back: from_bytes of the recorded bytes gives the int (for subclasses, its value).
            var data = Convert.FromHexString(c.Expected[2..]);
            var back = PyInt.FromBytes(data, order == "little", signed);
            if (PyOps.RichCompareBool(ts, back, self, CompareOp.Eq) != 1)
            {
                failures.Add(c + ": from_bytes gave " + back);
            }
        }

        Assert.True(failures.Count == 0, failures.Count.ToString(CultureInfo.InvariantCulture) + " differ:\n" + string.Join("\n", failures.Take(20)));
    }
}
