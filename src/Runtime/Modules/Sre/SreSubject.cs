using System.Runtime.InteropServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// The string a pattern is applied to: a str (as code points) or a bytes-like object (its bytes,
/// copied when the match starts). Builds the <see cref="SreState"/> and cuts group slices.
/// </summary>
internal sealed class SreSubject
{
    private SreSubject(PyValue value, PyStr? str, byte[]? bytes)
    {
        Value = value;
        Str = str;
        Bytes = bytes;
    }

    /// <summary>The object as passed (Match.string).</summary>
    public PyValue Value { get; }

    public PyStr? Str { get; }

    public byte[]? Bytes { get; }

    public int Length => Str?.Length ?? Bytes!.Length;

    /// <summary>CPython's getstring: str or bytes-like, else TypeError; null with the error set.</summary>
    public static SreSubject? From(ThreadState ts, PyValue value)
    {
        if (value.AsObject is PyStr s)
        {
            return new SreSubject(value, s, null);
        }

        if (value.AsObject is PyBytes bytes && MemoryMarshal.TryGetArray(bytes.Memory, out var segment)
            && segment.Offset == 0 && segment.Count == segment.Array!.Length)
        {
            // bytes never change: match over the object's own array.
            return new SreSubject(value, null, segment.Array);
        }

        if (BytesLike.TryGetSpan(value, out var span))
        {
            return new SreSubject(value, null, span.ToArray());
        }

        ts.SetError(PyExc.TypeError, "expected string or bytes-like object, got '" + value.Type.Name + "'");
        return null;
    }

    /// <summary>state_init: the subject's kind must agree with the pattern's; pos and endpos are clamped.</summary>
    public static SreState? CreateState(ThreadState ts, SrePattern pattern, SreSubject subject, long pos, long endPos)
    {
        if (pattern.IsBytes == 0 && subject.Str is null)
        {
            ts.SetError(PyExc.TypeError, "cannot use a string pattern on a bytes-like object");
            return null;
        }

        if (pattern.IsBytes == 1 && subject.Str is not null)
        {
            ts.SetError(PyExc.TypeError, "cannot use a bytes pattern on a string-like object");
            return null;
        }

        var length = subject.Length;
        var start = (int)Math.Clamp(pos, 0, length);
        var end = (int)Math.Clamp(endPos, 0, length);
        if (subject.Str is { } str)
        {
            return str.IsNarrow
                ? new SreMatcher<Utf16Text>(new Utf16Text(str.Value), pattern, length, start, end)
                : new SreMatcher<CodePointText>(new CodePointText(str.CodePoints.ToArray()), pattern, length, start, end);
        }

        return new SreMatcher<ByteText>(new ByteText(subject.Bytes!), pattern, length, start, end);
    }

    /// <summary>string[start:end] as str or bytes (the subject itself when it is an exact str or bytes taken whole).</summary>
    public PyValue Slice(int start, int end)
    {
        if (end < start)
        {
            end = start;
        }

        if (Str is { } s)
        {
            return PyValue.FromObject(s.Slice(start, end));
        }

        if (start == 0 && end == Bytes!.Length && Value.AsObject is PyBytes b && b.Type == PyType.Bytes)
        {
            return Value;
        }

        return PyBytes.From(Bytes.AsSpan(start, end - start).ToArray());
    }

    /// <summary>An empty str or bytes (an unmatched group in findall).</summary>
    public PyValue Empty => Str is not null ? PyValue.FromObject(PyStr.Empty) : PyValue.FromObject(PyBytes.Empty);

    /// <summary>"".join(items) or b"".join(items), as the subject's kind.</summary>
    public PyValue Join(ThreadState ts, PyList items) => JoinAs(ts, Str is not null, items);

    public static PyValue JoinAs(ThreadState ts, bool text, PyList items)
    {
        var empty = text ? PyValue.FromObject(PyStr.Empty) : PyValue.FromObject(PyBytes.Empty);
        return PyOps.CallMethod(ts, empty, PyStr.Intern("join"), [PyValue.FromObject(items)]);
    }

    /// <summary>The error for a negative engine status (malformed code).</summary>
    public static PyValue EngineError(ThreadState ts) => ts.SetError(PyExc.RuntimeError, "invalid SRE code");
}
