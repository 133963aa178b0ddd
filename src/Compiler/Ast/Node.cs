namespace ProtoPython.Compiler.Ast;

/// <summary>
/// The root of the AST. The node classes are generated from Ast.def (docs/internals/ast.md);
/// their fields are mutable properties in Python's field order.
/// </summary>
public abstract class Node
{
    /// <summary>The concrete class, for switches that do not want type tests.</summary>
    public abstract AstNodeKind NodeKind { get; }

    /// <summary>The Python class name and the fields, in Python's order.</summary>
    public abstract AstNodeInfo Info { get; }

    /// <summary>
    /// The value of field <paramref name="index"/> of <see cref="Info"/>: a Node, a List&lt;T&gt;,
    /// a string, a ConstantValue, a boxed int or operator enum, or null for a missing optional field.
    /// </summary>
    public abstract object? GetField(int index);

    /// <summary>Sets field <paramref name="index"/> of <see cref="Info"/> from a value of the kind <see cref="GetField"/> returns.</summary>
    public abstract void SetField(int index, object? value);

    public abstract TResult Accept<TResult>(AstVisitor<TResult> visitor);

    public abstract void Accept(AstWalker walker);

    public abstract Node? Accept(AstTransformer transformer);

    public override string ToString() => AstDump.Dump(this);
}

/// <summary>A node with a source range: lines 1-based, columns in UTF-8 bytes from 0, as in Python's ast.</summary>
public abstract class LocatedNode : Node
{
    public int Lineno { get; set; }

    public int ColOffset { get; set; }

    public int EndLineno { get; set; }

    public int EndColOffset { get; set; }

    /// <summary>Copies the four positions of <paramref name="other"/>.</summary>
    public void CopyLocation(LocatedNode other)
    {
        Lineno = other.Lineno;
        ColOffset = other.ColOffset;
        EndLineno = other.EndLineno;
        EndColOffset = other.EndColOffset;
    }
}
