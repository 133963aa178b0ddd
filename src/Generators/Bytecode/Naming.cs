using System.Text;

namespace ProtoPython.Generators.Bytecode;

internal static class Naming
{
    /// <summary>LOAD_FAST → LoadFast, CALL_INTRINSIC_1 → CallIntrinsic1, _GUARD_TOS_INT → GuardTosInt.</summary>
    public static string PascalCase(string name)
    {
        var sb = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            sb.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            upper = false;
        }

        return sb.ToString();
    }
}
