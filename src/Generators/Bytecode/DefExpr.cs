namespace ProtoPython.Generators.Bytecode;

/// <summary>
/// An integer expression over <c>oparg</c> in a stack item (<c>values[oparg*2]</c>,
/// <c>null[oparg &amp; 1]</c>). The operators are C's, so <see cref="CSharp"/> is valid C#.
/// </summary>
internal abstract class DefExpr
{
    /// <summary>The expression as written (normalized spacing), for notation strings.</summary>
    public abstract string Text { get; }

    /// <summary>The expression as C# over an <c>int oparg</c>, fully parenthesized.</summary>
    public abstract string CSharp { get; }

    public abstract bool UsesOparg { get; }

    public abstract int Evaluate(int oparg);
}

internal sealed class NumberExpr : DefExpr
{
    public NumberExpr(int value, string text)
    {
        Value = value;
        Text = text;
    }

    public int Value { get; }

    public override string Text { get; }

    public override string CSharp => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override bool UsesOparg => false;

    public override int Evaluate(int oparg) => Value;
}

internal sealed class OpargExpr : DefExpr
{
    public override string Text => "oparg";

    public override string CSharp => "oparg";

    public override bool UsesOparg => true;

    public override int Evaluate(int oparg) => oparg;
}

internal sealed class BinaryExpr : DefExpr
{
    public BinaryExpr(string op, DefExpr left, DefExpr right, bool parenthesized)
    {
        Op = op;
        Left = left;
        Right = right;
        Parenthesized = parenthesized;
    }

    public string Op { get; }

    public DefExpr Left { get; }

    public DefExpr Right { get; }

    public bool Parenthesized { get; set; }

    public override string Text
    {
        get
        {
            var inner = Left.Text + " " + Op + " " + Right.Text;
            return Parenthesized ? "(" + inner + ")" : inner;
        }
    }

    public override string CSharp => "(" + Left.CSharp + " " + Op + " " + Right.CSharp + ")";

    public override bool UsesOparg => Left.UsesOparg || Right.UsesOparg;

    public override int Evaluate(int oparg)
    {
        var l = Left.Evaluate(oparg);
        var r = Right.Evaluate(oparg);
        switch (Op)
        {
            case "+": return l + r;
            case "-": return l - r;
            case "*": return l * r;
            case ">>": return l >> r;
            case "&": return l & r;
            default: return l | r;
        }
    }
}
