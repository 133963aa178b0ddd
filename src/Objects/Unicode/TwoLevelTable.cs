using System.Runtime.CompilerServices;

namespace ProtoPython.Objects.Unicode;

/// <summary>
/// A per-code-point 16-bit value stored as a block index (<c>cp &gt;&gt; shift</c>) into deduplicated blocks
/// of <c>1 &lt;&lt; shift</c> values: two array loads, no branches, no allocation.
/// </summary>
internal sealed class TwoLevelTable
{
    private readonly ushort[] _index1;
    private readonly ushort[] _index2;
    private readonly int _shift;
    private readonly int _mask;

    public TwoLevelTable(int shift, ushort[] index1, ushort[] index2)
    {
        if ((index1.Length << shift) != UnicodeDatabase.CodePointLimit)
        {
            throw new InvalidDataException("two-level table does not cover the code space");
        }

        _shift = shift;
        _mask = (1 << shift) - 1;
        _index1 = index1;
        _index2 = index2;
    }

    /// <summary>The value for <paramref name="cp"/>, which must be in [0, 0x110000).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(int cp) => _index2[(_index1[cp >> _shift] << _shift) + (cp & _mask)];
}
