namespace ProtoPython.Objects;

/// <summary>
/// complex: a heap object holding two doubles. Instances of Python subclasses are
/// <see cref="PyComplexSubclassInstance"/>, so <c>is PyComplex</c> is <c>PyComplex_Check</c>.
/// The arithmetic kernels (<c>_Py_c_*</c> and 3.14's mixed real/complex <c>_Py_cr_*</c>/<c>_Py_rc_*</c>)
/// live in <c>PyComplex.Arithmetic.cs</c>.
/// </summary>
public partial class PyComplex : PyObject
{
    public PyComplex(double real, double imag)
        : this(PyType.Complex, real, imag)
    {
    }

    /// <summary>For subclass instances: <paramref name="type"/> is a subclass of complex.</summary>
    protected PyComplex(PyType type, double real, double imag)
        : base(type)
    {
        Real = real;
        Imag = imag;
    }

    public double Real { get; }

    public double Imag { get; }

    /// <summary>A complex value.</summary>
    public static PyValue From(double real, double imag) => PyValue.FromObject(new PyComplex(real, imag));

    /// <summary>A complex value of <paramref name="type"/> (complex or a subclass).</summary>
    public static PyValue From(PyType type, double real, double imag) =>
        PyValue.FromObject(ReferenceEquals(type, PyType.Complex) ? new PyComplex(real, imag) : new PyComplexSubclassInstance(type, real, imag));

    /// <summary><c>repr(z)</c>.</summary>
    public string Repr() => Formatting.ComplexRepr.Format(Real, Imag);

    /// <summary>
    /// <c>hash(z)</c>: hash(real) + 1000003 * hash(imag) in unsigned 64-bit arithmetic, so a
    /// complex with zero imaginary part hashes like its real part; -1 becomes -2.
    /// </summary>
    public long Hash()
    {
        const ulong ImagMultiplier = 1000003; // _PyHASH_IMAG
        var combined = unchecked((ulong)PyFloat.Hash(Real) + (ImagMultiplier * (ulong)PyFloat.Hash(Imag)));
        var h = unchecked((long)combined);
        return h == -1 ? -2 : h;
    }

    /// <inheritdoc/>
    public override string ToString() => Repr();
}
