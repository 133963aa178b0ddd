using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The <c>math</c> module of CPython 3.14 in C#: every function and constant, with CPython's
/// results bit for bit (libm where CPython calls libm, CPython's own algorithms elsewhere) and its
/// messages. Split by theme: MathUnary, MathFloatOps, MathFloatParts, MathLog, MathIntegers,
/// MathSums, MathSumProd, MathGamma, MathNorm.
/// </summary>
internal sealed class MathModule : INativeModule
{
    public string Name => "math";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime) => Build();

    /// <summary>The module object (no runtime state is needed: tests build it directly).</summary>
    public static PyModule Build()
    {
        var m = new PyModule("math");
        m.Add("pi", PyValue.FromDouble(Math.PI));
        m.Add("e", PyValue.FromDouble(Math.E));
        m.Add("tau", PyValue.FromDouble(Math.Tau));
        m.Add("inf", PyValue.FromDouble(double.PositiveInfinity));
        m.Add("nan", PyValue.FromDouble(MathArgs.NaN));
        MathUnary.Register(m);
        MathFloatOps.Register(m);
        MathFloatParts.Register(m);
        MathLog.Register(m);
        MathIntegers.Register(m);
        MathSums.Register(m);
        MathSumProd.Register(m);
        return m;
    }
}
