using System.Text;

namespace ProtoPython.Objects.Formatting;

/// <summary>
/// Python's <c>repr(bytes)</c>: single quotes unless the value has a single quote and no double
/// quote; <c>\\</c>, the quote, <c>\t \n \r</c> escaped; other bytes below 0x20 or from 0x7f as
/// <c>\xhh</c> (lowercase).
/// </summary>
public static class BytesRepr
{
    public static string Format(ReadOnlySpan<byte> value) => Format(value, "b");

    /// <summary>The same layout with another prefix (<c>bytearray(b'...')</c> callers pass the prefix and wrap it).</summary>
    public static string Format(ReadOnlySpan<byte> value, string prefix)
    {
        var quote = value.Contains((byte)'\'') && !value.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder(value.Length + prefix.Length + 2);
        sb.Append(prefix).Append(quote);
        foreach (var b in value)
        {
            if (b == quote || b == '\\')
            {
                sb.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                sb.Append("\\t");
            }
            else if (b == '\n')
            {
                sb.Append("\\n");
            }
            else if (b == '\r')
            {
                sb.Append("\\r");
            }
            else if (b < 0x20 || b >= 0x7f)
            {
                sb.Append("\\x").Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 0xf]);
            }
            else
            {
                sb.Append((char)b);
            }
        }

        return sb.Append(quote).ToString();
    }
}
