using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>Argument checks of the <c>_codecs</c> functions (all positional-only), with Argument Clinic's messages.</summary>
internal static class CodecArgs
{
    /// <summary>The argument count and the <c>errors</c> argument (index 1: str or None, "strict" when absent).</summary>
    public static bool Check(ThreadState ts, string name, ReadOnlySpan<PyValue> args, PyTuple? kw, int min, int max, out string errors)
    {
        errors = "strict";
        if (!ArgParser.CheckPositional(ts, name, args, kw, min, max))
        {
            return false;
        }

        return args.Length < 2 || TryErrors(ts, name, args[1], 2, out errors);
    }

    public static bool TryErrors(ThreadState ts, string name, PyValue value, int position, out string errors)
    {
        errors = "strict";
        if (value.IsNone)
        {
            return true;
        }

        if (value.AsObject is PyStr s)
        {
            errors = s.Value;
            return true;
        }

        ArgParser.BadArgument(ts, name, "argument " + position, "str or None", value);
        return false;
    }

    public static bool TryStr(ThreadState ts, string name, PyValue value, int position, out PyStr text)
    {
        if (value.AsObject is PyStr s)
        {
            text = s;
            return true;
        }

        text = PyStr.Intern("");
        ArgParser.BadArgument(ts, name, "argument " + position, "str", value);
        return false;
    }

    /// <summary>A Py_buffer argument; <paramref name="acceptStr"/> also takes a str as its UTF-8 bytes.</summary>
    public static bool TryBuffer(ThreadState ts, PyValue value, bool acceptStr, out byte[] data)
    {
        if (acceptStr && value.AsObject is PyStr s)
        {
            data = System.Text.Encoding.UTF8.GetBytes(s.Value);
            return true;
        }

        if (BytesLike.TryGetArgument(ts, value, out var span))
        {
            data = span.ToArray();
            return true;
        }

        data = [];
        return false;
    }

    public static bool TryBool(ThreadState ts, ReadOnlySpan<PyValue> args, int index, bool fallback, out bool result)
    {
        result = fallback;
        if (args.Length <= index)
        {
            return true;
        }

        var truth = PyOps.IsTrue(ts, args[index]);
        result = truth > 0;
        return truth >= 0;
    }

    public static bool TryInt(ThreadState ts, ReadOnlySpan<PyValue> args, int index, out int result)
    {
        result = 0;
        if (args.Length <= index)
        {
            return true;
        }

        if (!PyOps.TryIndexAsInt64(ts, args[index], PyExc.OverflowError, out var value))
        {
            return false;
        }

        result = (int)Math.Clamp(value, int.MinValue, int.MaxValue);
        return true;
    }

    /// <summary>(encoded, consumed) as the codec functions return it.</summary>
    public static PyValue Pair(PyValue result, long consumed) =>
        result.IsError ? result : NativeTypes.Tuple(result, PyValue.FromInt64(consumed));
}
