namespace ProtoPython.Compiler.Symtable;

/// <summary>Private name mangling: <c>__spam</c> in class <c>_Ham</c> becomes <c>_Ham__spam</c>.</summary>
public static class Mangling
{
    public static string Mangle(string? privateName, string ident)
    {
        if (privateName is null || ident.Length < 2 || ident[0] != '_' || ident[1] != '_')
        {
            return ident;
        }

        // Dunder names and dotted import names are left alone.
        if ((ident.EndsWith("__", StringComparison.Ordinal)) || ident.Contains('.', StringComparison.Ordinal))
        {
            return ident;
        }

        var stripped = privateName.TrimStart('_');
        return stripped.Length == 0 ? ident : "_" + stripped + ident;
    }

    /// <summary>
    /// Mangling as seen from <paramref name="entry"/>: in the type-parameter block of a generic
    /// class only the type parameters themselves are mangled.
    /// </summary>
    public static string MaybeMangle(string? privateName, SymbolTableEntry entry, string name)
    {
        if (entry.MangledNames is not null && !entry.MangledNames.Contains(name))
        {
            return name;
        }

        return Mangle(privateName, name);
    }
}
