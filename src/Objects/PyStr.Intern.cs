namespace ProtoPython.Objects;

/// <summary>
/// Interning (ARCHITECTURE §2.3): one canonical PyStr per text for identifiers, attribute names
/// and dict keys the runtime looks up often, so lookups usually succeed on reference equality.
/// One table per process (the runtime has one interpreter). Lone-surrogate text is never interned:
/// its UTF-16 form is ambiguous (see <see cref="Value"/>).
/// </summary>
public sealed partial class PyStr
{
    private static readonly Dictionary<string, PyStr> s_interned = new(StringComparer.Ordinal);
    private static readonly Lock s_internLock = new();

    /// <summary>True for the canonical object of its text.</summary>
    public bool IsInterned { get; private set; }

    /// <summary>The canonical PyStr for <paramref name="text"/> (<c>sys.intern</c>).</summary>
    public static PyStr Intern(string text)
    {
        lock (s_internLock)
        {
            if (!s_interned.TryGetValue(text, out var s))
            {
                s = new PyStr(text) { IsInterned = true };
                s_interned.Add(text, s);
            }

            return s;
        }
    }

    /// <summary>The canonical object equal to <paramref name="value"/>: itself if it becomes canonical.</summary>
    public static PyStr Intern(PyStr value)
    {
        if (value.IsInterned || value.HasSurrogates)
        {
            return value;
        }

        lock (s_internLock)
        {
            if (!s_interned.TryGetValue(value.Value, out var s))
            {
                value.IsInterned = true;
                s_interned.Add(value.Value, value);
                s = value;
            }

            return s;
        }
    }
}
