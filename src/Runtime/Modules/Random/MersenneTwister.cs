namespace ProtoPython.Runtime.Modules;

/// <summary>MT19937 as CPython's _random uses it: init_by_array seeding, 53-bit random(), 32-bit words.</summary>
internal sealed class MersenneTwister
{
    public const int N = 624;
    private const int M = 397;

    public uint[] State { get; } = new uint[N];

    /// <summary>Words used from <see cref="State"/>; N means the next call regenerates.</summary>
    public int Index { get; set; } = N + 1;

    private void InitGenrand(uint seed)
    {
        var mt = State;
        mt[0] = seed;
        for (var i = 1; i < N; i++)
        {
            mt[i] = (1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30))) + (uint)i;
        }

        Index = N;
    }

    /// <summary>Seeds from the 32-bit words of a key (least significant first).</summary>
    public void InitByArray(ReadOnlySpan<uint> key)
    {
        InitGenrand(19650218u);
        var mt = State;
        int i = 1, j = 0;
        for (var k = Math.Max(N, key.Length); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                mt[0] = mt[N - 1];
                i = 1;
            }

            if (j >= key.Length)
            {
                j = 0;
            }
        }

        for (var k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N)
            {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }

        mt[0] = 0x80000000u;
    }

    public uint NextUInt32()
    {
        var mt = State;
        if (Index >= N)
        {
            int kk;
            uint y;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) * 0x9908b0dfu);
            }

            for (; kk < N - 1; kk++)
            {
                y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) * 0x9908b0dfu);
            }

            y = (mt[N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) * 0x9908b0dfu);
            Index = 0;
        }

        var r = mt[Index++];
        r ^= r >> 11;
        r ^= (r << 7) & 0x9d2c5680u;
        r ^= (r << 15) & 0xefc60000u;
        r ^= r >> 18;
        return r;
    }

    /// <summary>random(): a double in [0, 1) from 53 random bits.</summary>
    public double NextDouble()
    {
        var a = NextUInt32() >> 5;
        var b = NextUInt32() >> 6;
        return ((a * 67108864.0) + b) * (1.0 / 9007199254740992.0);
    }
}
