using System.Collections.Immutable;
using System.Numerics;
using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Flowgraph;

internal static partial class ConstantFolder
{
    /// <summary>str/bytes/tuple indexed by an int or a slice of constants.</summary>
    private static ConstantValue? Subscript(ConstantValue container, ConstantValue index)
    {
        int length;
        switch (container)
        {
            case StrConstant s:
                length = s.Length;
                break;
            case BytesConstant b:
                length = b.Value.Length;
                break;
            case TupleConstant t:
                length = t.Items.Length;
                break;
            default:
                return null;
        }

        if (ConstantOps.AsInteger(index) is { } i)
        {
            if (i < 0)
            {
                i += length;
            }

            if (i < 0 || i >= length)
            {
                return null; // IndexError
            }

            int k = (int)i;
            return container switch
            {
                StrConstant s => s.HasSurrogates ? ConstantValue.FromCodePoints([s.GetCodePoints()[k]]) : StrAt(s.Value, k),
                BytesConstant b => ConstantOps.Int(b.Value[k]),
                TupleConstant t => t.Items[k],
                _ => null,
            };
        }

        if (index is SliceConstant slice && TryAdjust(slice, length, out int start, out int step, out int count))
        {
            var picked = new int[count];
            for (int n = 0; n < count; n++)
            {
                picked[n] = start + (n * step);
            }

            switch (container)
            {
                case StrConstant s:
                    {
                        var cps = s.GetCodePoints();
                        return ConstantValue.FromCodePoints(picked.Select(p => cps[p]).ToArray());
                    }

                case BytesConstant b:
                    return ConstantValue.FromBytes(picked.Select(p => b.Value[p]).ToArray());
                case TupleConstant t:
                    return ConstantValue.Tuple(picked.Select(p => t.Items[p]).ToImmutableArray());
            }
        }

        return null;
    }

    private static ConstantValue StrAt(string s, int codePointIndex)
    {
        int pos = 0;
        for (int n = 0; n < codePointIndex; n++)
        {
            pos += char.IsSurrogatePair(s, pos) ? 2 : 1;
        }

        return ConstantValue.FromStr(s.Substring(pos, char.IsSurrogatePair(s, pos) ? 2 : 1));
    }

    /// <summary>PySlice_Unpack + PySlice_AdjustIndices for int/None bounds.</summary>
    private static bool TryAdjust(SliceConstant slice, int length, out int start, out int step, out int count)
    {
        start = step = count = 0;
        BigInteger stepValue = 1;
        if (slice.Step is not NoneConstant)
        {
            if (ConstantOps.AsInteger(slice.Step) is not { } st || st.IsZero)
            {
                return false;
            }

            stepValue = st;
        }

        bool negative = stepValue.Sign < 0;
        BigInteger lo;
        BigInteger hi;
        if (!Bound(slice.Start, length, negative ? length - 1 : 0, negative, out lo)
            || !Bound(slice.Stop, length, negative ? -1 : length, negative, out hi))
        {
            return false;
        }

        BigInteger n;
        if (negative)
        {
            n = hi < lo ? ((lo - hi - 1) / -stepValue) + 1 : 0;
        }
        else
        {
            n = lo < hi ? ((hi - lo - 1) / stepValue) + 1 : 0;
        }

        start = (int)lo;
        step = (int)BigInteger.Max(BigInteger.Min(stepValue, int.MaxValue), int.MinValue + 1);
        count = (int)n;
        return true;
    }

    private static bool Bound(ConstantValue v, int length, int missing, bool negativeStep, out BigInteger result)
    {
        if (v is NoneConstant)
        {
            result = missing;
            return true;
        }

        if (ConstantOps.AsInteger(v) is not { } x)
        {
            result = 0;
            return false;
        }

        if (x < 0)
        {
            x += length;
            if (x < 0)
            {
                x = negativeStep ? -1 : 0;
            }
        }
        else if (x >= length)
        {
            x = negativeStep ? length - 1 : length;
        }

        result = x;
        return true;
    }
}
