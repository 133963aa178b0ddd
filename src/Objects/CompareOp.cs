namespace ProtoPython.Objects;

/// <summary>Rich comparison operators, in CPython's order (Py_LT = 0 ... Py_GE = 5).</summary>
public enum CompareOp
{
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// <summary>Applies a comparison to a three-way result.</summary>
public static class CompareOpExtensions
{
    /// <summary>The truth of <c>x op y</c> given <paramref name="order"/> = sign of x - y.</summary>
    public static bool Holds(this CompareOp op, int order) => op switch
    {
        CompareOp.Lt => order < 0,
        CompareOp.Le => order <= 0,
        CompareOp.Eq => order == 0,
        CompareOp.Ne => order != 0,
        CompareOp.Gt => order > 0,
        _ => order >= 0,
    };
}
