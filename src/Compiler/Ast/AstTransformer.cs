namespace ProtoPython.Compiler.Ast;

/// <summary>
/// Rewrites a tree in place, like Python's <c>ast.NodeTransformer</c>: each generated
/// <c>VisitX</c> replaces the node's children by what visiting them returns and returns the node.
/// Override one to return a replacement; in a list, returning null removes the item.
/// </summary>
public abstract partial class AstTransformer
{
    public virtual Node? Visit(Node node)
    {
        AstWalker.EnsureStack();
        return node.Accept(this);
    }

    /// <summary>A required child: the replacement must be a node of the field's type.</summary>
    protected T Transform<T>(T node, string field)
        where T : Node =>
        Visit(node) as T ?? throw new InvalidOperationException($"{field} must be replaced by a {typeof(T).Name}");

    /// <summary>An optional child: null keeps it absent or removes it.</summary>
    protected T? TransformOptional<T>(T? node)
        where T : Node =>
        node is null ? null : (T?)Visit(node);

    /// <summary>A list: items are replaced in order; null results are dropped.</summary>
    protected void TransformList<T>(List<T> items)
        where T : Node
    {
        var kept = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (Visit(items[i]) is { } replacement)
            {
                items[kept++] = (T)replacement;
            }
        }

        items.RemoveRange(kept, items.Count - kept);
    }

    /// <summary>A list whose items may be None (Dict.keys, arguments.kw_defaults): positions are kept.</summary>
    protected void TransformOptionalItems<T>(List<T?> items)
        where T : Node
    {
        for (var i = 0; i < items.Count; i++)
        {
            items[i] = TransformOptional(items[i]);
        }
    }
}
