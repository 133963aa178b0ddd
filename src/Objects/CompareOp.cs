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

    /// <summary>The truth of <c>x op y</c> by the operators themselves (a NaN float is unordered, and unequal to itself).</summary>
    public static bool Apply<T>(this CompareOp op, T x, T y)
        where T : System.Numerics.IComparisonOperators<T, T, bool> => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    /// <summary>The operator of the reflected call: a &lt; b is b &gt; a.</summary>
    public static CompareOp Swapped(this CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };

    /// <summary>"&lt;", "==", as error messages show the operator.</summary>
    public static string Symbol(this CompareOp op) => op switch
    {
        CompareOp.Lt => "<",
        CompareOp.Le => "<=",
        CompareOp.Eq => "==",
        CompareOp.Ne => "!=",
        CompareOp.Gt => ">",
        _ => ">=",
    };

    /// <summary>The dunder name: "__lt__".</summary>
    public static string Dunder(this CompareOp op) => op switch
    {
        CompareOp.Lt => "__lt__",
        CompareOp.Le => "__le__",
        CompareOp.Eq => "__eq__",
        CompareOp.Ne => "__ne__",
        CompareOp.Gt => "__gt__",
        _ => "__ge__",
    };
}
