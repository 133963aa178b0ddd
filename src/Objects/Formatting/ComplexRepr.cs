namespace ProtoPython.Objects.Formatting;

/// <summary>
/// Python's <c>repr(complex)</c>: just the imaginary part and <c>j</c> when the real part is +0.0
/// (<c>1j</c>, <c>-0j</c>), else <c>(re±imj)</c> (<c>(1+2j)</c>, <c>(-0-0j)</c>); the parts use
/// repr(float)'s digits without the <c>.0</c>.
/// </summary>
public static class ComplexRepr
{
    public static string Format(double real, double imag)
    {
        if (real == 0 && !double.IsNegative(real))
        {
            return FloatRepr.Format(imag, addDotZero: false, forceSign: false) + "j";
        }

        return "(" + FloatRepr.Format(real, addDotZero: false, forceSign: false)
            + FloatRepr.Format(imag, addDotZero: false, forceSign: true) + "j)";
    }
}
