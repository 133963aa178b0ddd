using ProtoPython.Compiler.Flowgraph;

namespace ProtoPython.Compiler.CodeGen;

/// <summary>A name table: names get consecutive indexes in first-use order.</summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public int Count => _names.Count;

    public IReadOnlyList<string> Names => _names;

    public int Add(string name)
    {
        if (!_index.TryGetValue(name, out int i))
        {
            i = _names.Count;
            _index[name] = i;
            _names.Add(name);
        }

        return i;
    }

    public bool TryGet(string name, out int index) => _index.TryGetValue(name, out index);

    public bool Contains(string name) => _index.ContainsKey(name);
}

/// <summary>What the assembler needs about a code unit besides its instructions (CPython's _PyCompile_CodeUnitMetadata).</summary>
internal sealed class CodeUnitMetadata
{
    public string Name { get; set; } = "";

    public string QualName { get; set; } = "";

    public ConstantTable Consts { get; } = new();

    public NameTable Names { get; } = new();

    /// <summary>Parameters first, then locals in first-use order.</summary>
    public NameTable VarNames { get; } = new();

    /// <summary>Sorted cell names, then the implicit class cells.</summary>
    public NameTable CellVars { get; } = new();

    /// <summary>Sorted free names; their indexes continue after the cells.</summary>
    public NameTable FreeVars { get; } = new();

    /// <summary>Names made fast locals by an inlined comprehension in a module or class body.</summary>
    public Dictionary<string, bool> FastHidden { get; } = new(StringComparer.Ordinal);

    public int ArgCount { get; set; }

    public int PosOnlyArgCount { get; set; }

    public int KwOnlyArgCount { get; set; }

    public int FirstLineno { get; set; }
}
