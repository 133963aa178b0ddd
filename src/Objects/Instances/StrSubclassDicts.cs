using System.Runtime.CompilerServices;

namespace ProtoPython.Objects;

/// <summary>
/// The instance dicts of str-subclass instances (enum's StrEnum members set <c>_value_</c>).
/// PyStr stays sealed for the hot paths, so its subclass instances keep their dict in this side
/// table, consulted by the generic attribute protocol only for non-exact str objects.
/// </summary>
public static class StrSubclassDicts
{
    private static readonly ConditionalWeakTable<PyStr, PyDict> s_dicts = [];

    /// <summary>The dict of a str-subclass instance; null for an exact str or when absent and not <paramref name="create"/>.</summary>
    public static PyDict? Get(PyObject obj, bool create)
    {
        if (obj is not PyStr s || ReferenceEquals(s.Type, PyType.Str))
        {
            return null;
        }

        if (s_dicts.TryGetValue(s, out var dict))
        {
            return dict;
        }

        return create ? s_dicts.GetValue(s, static _ => new PyDict()) : null;
    }

    public static void Set(PyStr s, PyDict dict) => s_dicts.AddOrUpdate(s, dict);
}
