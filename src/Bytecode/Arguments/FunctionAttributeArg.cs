namespace ProtoPython.Bytecode.Arguments;

/// <summary>SET_FUNCTION_ATTRIBUTE's oparg: which attribute of the new function to set (MAKE_FUNCTION_* in CPython 3.14).</summary>
[Flags]
public enum FunctionAttribute
{
    None = 0,
    Defaults = 0x01,
    KwDefaults = 0x02,
    Annotations = 0x04,
    Closure = 0x08,
    Annotate = 0x10,
}

public static class FunctionAttributeArgs
{
    /// <summary><c>dis.FUNCTION_ATTR_FLAGS</c>: bit i set → name i.</summary>
    private static readonly string[] s_names = ["defaults", "kwdefaults", "annotations", "closure", "annotate"];

    /// <summary>What <c>dis</c> prints: the set flags' names joined by ", " (empty for 0).</summary>
    public static string ArgRepr(int oparg)
    {
        var parts = new List<string>(s_names.Length);
        for (var i = 0; i < s_names.Length; i++)
        {
            if ((oparg & (1 << i)) != 0)
            {
                parts.Add(s_names[i]);
            }
        }

        return string.Join(", ", parts);
    }
}
