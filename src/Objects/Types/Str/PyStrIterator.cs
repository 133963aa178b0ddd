namespace ProtoPython.Objects;

/// <summary>
/// <c>iter(str)</c>: code point by code point (<c>str_ascii_iterator</c> for ASCII text, as in CPython).
/// </summary>
public sealed class PyStrIterator : PyObject
{
    private PyStr? _text;
    private int _index;

    public PyStrIterator(PyStr text)
        : base(text.Kind == StrKind.Ascii ? PyType.StrAsciiIterator : PyType.StrIterator)
    {
        _text = text;
    }

    internal static void Install(PyType t)
    {
        t.Iter = static (ts, v) => v;
        t.IterNext = NextSlot;
        t.AddMethod0("__length_hint__", static (ts, v) =>
        {
            var it = (PyStrIterator)v.AsObject;
            return PyValue.FromInt64(it._text is null ? 0 : it._text.Length - it._index);
        });
    }

    public static int NextSlot(ThreadState ts, PyValue self, out PyValue item)
    {
        var it = (PyStrIterator)self.AsObject;
        var text = it._text;
        if (text is null || it._index >= text.Length)
        {
            it._text = null;
            item = default;
            return 0;
        }

        item = PyValue.FromObject(PyStr.FromCodePoint(text[it._index++]));
        return 1;
    }
}
