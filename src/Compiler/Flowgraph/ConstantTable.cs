using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Flowgraph;

/// <summary>
/// <c>co_consts</c> while a code unit is being built: a list with an index by constant key
/// (CPython's <c>_PyCode_ConstantKey</c> equality: 1, 1.0 and True are different constants,
/// 0.0 and -0.0 too, tuples compare by their items' keys).
/// </summary>
internal sealed class ConstantTable
{
    private readonly Dictionary<ConstantValue, int> _index = new(ConstantKeyComparer.Instance);

    public List<ConstantValue> Items { get; } = [];

    public int Count => Items.Count;

    public ConstantValue this[int index] => Items[index];

    /// <summary>The index of <paramref name="value"/>, appending it if it is new.</summary>
    public int Add(ConstantValue value)
    {
        if (_index.TryGetValue(value, out int index))
        {
            return index;
        }

        index = Items.Count;
        Items.Add(value);
        _index[value] = index;
        return index;
    }

    /// <summary>Keeps only the constants at <paramref name="used"/> (ascending), in order.</summary>
    public void Compact(List<int> used)
    {
        var kept = used.Select(i => Items[i]).ToList();
        Items.Clear();
        _index.Clear();
        foreach (var v in kept)
        {
            _index.TryAdd(v, Items.Count);
            Items.Add(v);
        }
    }
}
