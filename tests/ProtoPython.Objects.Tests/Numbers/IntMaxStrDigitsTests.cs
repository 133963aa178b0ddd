namespace ProtoPython.Objects.Tests.Numbers;

/// <summary>
/// sys.set_int_max_str_digits with a non-default limit; messages as CPython 3.14 prints them
/// (checked by hand with sys.set_int_max_str_digits(641), see tools/objects/record_numbers.py for the defaults).
/// </summary>
[Collection(IntMaxStrDigitsTests.Collection)] // mutates the process-wide limit that the goldens read
public sealed class IntMaxStrDigitsTests
{
    /// <summary>Tests that depend on the int digit limit run in this collection, one at a time.</summary>
    public const string Collection = "int max str digits";

    [Fact]
    public void Limit_CanBeChangedAndValidated()
    {
        var ts = new ThreadState();
        try
        {
            Assert.False(PyInt.TrySetMaxStrDigits(ts, 639));
            Assert.Equal("maxdigits must be >= 640 or 0 for unlimited", ts.FetchError()!.Message);
            Assert.False(PyInt.TrySetMaxStrDigits(ts, -1));
            ts.ClearError();

            Assert.True(PyInt.TrySetMaxStrDigits(ts, 641));
            Assert.True(PyInt.FromString(ts, new string('1', 642), 10).IsError);
            Assert.Equal("Exceeds the limit (641 digits) for integer string conversion: value has 642 digits; "
                + "use sys.set_int_max_str_digits() to increase the limit", ts.FetchError()!.Message);
            var atLimit = PyInt.FromString(ts, "1" + new string('0', 640), 10);
            Assert.False(atLimit.IsError);
            Assert.Equal(641, PyInt.ToDecimalString(atLimit)!.Length);
            var big = PyInt.Multiply(atLimit, PyValue.FromInt64(10));
            Assert.True(PyInt.Repr(ts, big).IsError);
            Assert.Equal("Exceeds the limit (641 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                ts.FetchError()!.Message);

            Assert.True(PyInt.TrySetMaxStrDigits(ts, 0));
            var huge = PyInt.FromString(ts, new string('7', 5000), 10);
            Assert.False(huge.IsError);
            Assert.Equal(new string('7', 5000), PyInt.ToDecimalString(huge));
        }
        finally
        {
            PyInt.TrySetMaxStrDigits(ts, PyInt.DefaultMaxStrDigits);
        }
    }
}
