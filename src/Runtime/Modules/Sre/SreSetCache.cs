namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// Membership of the characters below 128 in each set of a pattern's code, worked out once per
/// set on first use: a set test on ASCII text becomes a bit test instead of a walk of the set's
/// items. Shared by every match of the pattern; filled under a lock, read without one.
/// </summary>
internal sealed class SreSetCache(uint[] code)
{
    private readonly uint[] _code = code;
    private readonly int[] _slot = new int[code.Length]; // 0: not computed yet, else index + 1
    private readonly object _lock = new();
    private ulong[] _bits = new ulong[8];
    private int _count;

    /// <summary>Whether <paramref name="ch"/> is in the set starting at <paramref name="pc"/>.</summary>
    public bool Contains(int pc, int ch)
    {
        if ((uint)ch >= 128)
        {
            return SreChars.InSet(_code, pc, ch);
        }

        var slot = _slot[pc];
        if (slot == 0)
        {
            slot = Compute(pc);
        }

        var i = (slot - 1) * 2;
        return ((ch < 64 ? _bits[i] >> ch : _bits[i + 1] >> (ch - 64)) & 1) != 0;
    }

    private int Compute(int pc)
    {
        lock (_lock)
        {
            if (_slot[pc] != 0)
            {
                return _slot[pc];
            }

            ulong lo = 0, hi = 0;
            for (var ch = 0; ch < 128; ch++)
            {
                if (SreChars.InSet(_code, pc, ch))
                {
                    if (ch < 64)
                    {
                        lo |= 1UL << ch;
                    }
                    else
                    {
                        hi |= 1UL << (ch - 64);
                    }
                }
            }

            if ((_count + 1) * 2 > _bits.Length)
            {
                var bigger = new ulong[_bits.Length * 2];
                _bits.CopyTo(bigger, 0);
                _bits = bigger;
            }

            _bits[_count * 2] = lo;
            _bits[(_count * 2) + 1] = hi;
            _count++;
            _slot[pc] = _count;
            return _count;
        }
    }
}
