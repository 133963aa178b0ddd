// SCAFFOLD (branch dis): a stand-in until the AST helper's ConstantValue lands on main.
// On `git merge main`, take main's file and delete this one; only Repr() is relied on here.
using System.Globalization;
using System.Numerics;

namespace ProtoPython.Compiler.Ast;

/// <summary>An immutable Python constant (stand-in; see the header).</summary>
public abstract class ConstantValue
{
    /// <summary>Python's repr() of the constant.</summary>
    public abstract string Repr();

    public override string ToString() => Repr();
}

/// <summary>Stand-in constant whose repr is given as text.</summary>
public sealed class ReprConstant(string repr) : ConstantValue
{
    public override string Repr() => repr;
}

/// <summary>Stand-in int constant.</summary>
public sealed class IntConstant(BigInteger value) : ConstantValue
{
    public BigInteger Value { get; } = value;

    public override string Repr() => Value.ToString(CultureInfo.InvariantCulture);
}
