
namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>Single-character tests, position tests, backreferences and the counting of simple repeats.</summary>
internal sealed partial class SreMatcher<TText>
{
    /// <summary>Whether the one-character op at <paramref name="pc"/> accepts <paramref name="ch"/>.</summary>
    private bool MatchOne(int pc, int ch)
    {
        var code = Code;
        var arg = code[pc + 1];
        return code[pc] switch
        {
            SreOp.Literal => (uint)ch == arg,
            SreOp.NotLiteral => (uint)ch != arg,
            SreOp.Any => ch != '\n',
            SreOp.AnyAll => true,
            SreOp.Category => SreChars.Category(arg, ch),
            SreOp.In => _sets.Contains(pc + 2, ch),
            SreOp.LiteralIgnore => (uint)SreChars.LowerAscii(ch) == arg,
            SreOp.LiteralUniIgnore => (uint)SreChars.LowerUnicode(ch) == arg,
            SreOp.LiteralLocIgnore => SreChars.CharLocIgnore(arg, ch),
            SreOp.NotLiteralIgnore => (uint)SreChars.LowerAscii(ch) != arg,
            SreOp.NotLiteralUniIgnore => (uint)SreChars.LowerUnicode(ch) != arg,
            SreOp.NotLiteralLocIgnore => !SreChars.CharLocIgnore(arg, ch),
            SreOp.InIgnore => _sets.Contains(pc + 2, SreChars.LowerAscii(ch)),
            SreOp.InUniIgnore => _sets.Contains(pc + 2, SreChars.LowerUnicode(ch)),
            SreOp.InLocIgnore => SreChars.InSetLocIgnore(code, pc + 2, ch),
            _ => false,
        };
    }

    /// <summary>The op after the one-character op at <paramref name="pc"/>.</summary>
    private int NextUnit(int pc)
    {
        var op = Code[pc];
        return op switch
        {
            SreOp.Any or SreOp.AnyAll => pc + 1,
            SreOp.In or SreOp.InIgnore or SreOp.InUniIgnore or SreOp.InLocIgnore => pc + 1 + (int)Code[pc + 1],
            _ => pc + 2,
        };
    }

    private bool At(uint at, int ptr)
    {
        var end = End;
        switch (at)
        {
            case SreAt.Beginning:
            case SreAt.BeginningString:
                return ptr == 0;
            case SreAt.BeginningLine:
                return ptr == 0 || _text[ptr - 1] == '\n';
            case SreAt.End:
                return ptr == end || (end - ptr == 1 && _text[ptr] == '\n');
            case SreAt.EndLine:
                return ptr == end || (ptr < Length && _text[ptr] == '\n');
            case SreAt.EndString:
                return ptr == end;
            case SreAt.Boundary:
            case SreAt.LocBoundary:
                return end != 0 && WordBefore(ptr, false) != WordAt(ptr, false);
            case SreAt.NonBoundary:
            case SreAt.LocNonBoundary:
                return end != 0 && WordBefore(ptr, false) == WordAt(ptr, false);
            case SreAt.UniBoundary:
                return end != 0 && WordBefore(ptr, true) != WordAt(ptr, true);
            case SreAt.UniNonBoundary:
                return end != 0 && WordBefore(ptr, true) == WordAt(ptr, true);
            default:
                return false;
        }
    }

    private bool WordBefore(int ptr, bool unicode) =>
        ptr > 0 && (unicode ? SreChars.IsUniWord(_text[ptr - 1]) : SreChars.IsWord(_text[ptr - 1]));

    private bool WordAt(int ptr, bool unicode) =>
        ptr < End && (unicode ? SreChars.IsUniWord(_text[ptr]) : SreChars.IsWord(_text[ptr]));

    private bool GroupExists(uint group)
    {
        var i = (long)group * 2;
        if (i >= LastMark)
        {
            return false;
        }

        var s = Marks[i];
        var e = Marks[i + 1];
        return s >= 0 && e >= 0 && e >= s;
    }

    // GROUPREF(_IGNORE, _UNI_IGNORE, _LOC_IGNORE) <group>: the text of a group again.
    private bool GroupRef(uint op, uint group, ref int ptr)
    {
        if (!GroupExists(group))
        {
            return false;
        }

        var p = Marks[(int)group * 2];
        var e = Marks[((int)group * 2) + 1];
        var q = ptr;
        var end = End;
        for (; p < e; p++, q++)
        {
            if (q >= end)
            {
                return false;
            }

            int a = _text[q], b = _text[p];
            var same = op switch
            {
                SreOp.GroupRef => a == b,
                SreOp.GroupRefIgnore => SreChars.LowerAscii(a) == SreChars.LowerAscii(b),
                SreOp.GroupRefUniIgnore => SreChars.LowerUnicode(a) == SreChars.LowerUnicode(b),
                _ => SreChars.LowerLocale(a) == SreChars.LowerLocale(b),
            };
            if (!same)
            {
                return false;
            }
        }

        ptr = q;
        return true;
    }

    /// <summary>How many times (up to <paramref name="max"/>) the one-character item at <paramref name="item"/> matches from <paramref name="ptr"/>.</summary>
    private int Count(int item, int ptr, uint max)
    {
        var code = Code;
        var text = _text;
        var limit = End;
        if (max != SreLimits.MaxRepeat && max < (long)limit - ptr)
        {
            limit = ptr + (int)max;
        }

        var p = ptr;
        switch (code[item])
        {
            case SreOp.AnyAll:
                p = Math.Max(limit, ptr);
                break;
            case SreOp.Any:
                while (p < limit && text[p] != '\n')
                {
                    p++;
                }

                break;
            case SreOp.Literal:
            {
                var c = code[item + 1];
                while (p < limit && (uint)text[p] == c)
                {
                    p++;
                }

                break;
            }

            case SreOp.NotLiteral:
            {
                var c = code[item + 1];
                while (p < limit && (uint)text[p] != c)
                {
                    p++;
                }

                break;
            }

            case SreOp.In:
                while (p < limit && _sets.Contains(item + 2, text[p]))
                {
                    p++;
                }

                break;
            default:
                while (p < limit && MatchOne(item, text[p]))
                {
                    p++;
                }

                break;
        }

        return p - ptr;
    }

    // REPEAT_ONE <skip> <min> <max> item SUCCESS tail: as many as possible, then give back one at a time.
    private bool RepeatOne(ref int pc, ref int ptr)
    {
        var code = Code;
        var p = pc + 1;
        var min = code[p + 1];
        if (min > (long)End - ptr)
        {
            return false;
        }

        var count = Count(p + 3, ptr, code[p + 2]);
        if (count < min)
        {
            return false;
        }

        var minPtr = ptr + (int)min;
        var at = ptr + count;
        var tail = p + (int)code[p];
        if (code[tail] == SreOp.Literal)
        {
            // Only positions followed by the tail's first character are worth trying.
            at = LastBefore(at, minPtr, code[tail + 1]);
            if (at < minPtr)
            {
                return false;
            }

            if (at > minPtr)
            {
                Push(ChoiceKind.RepeatOneLiteral, tail, at, minPtr);
            }
        }
        else if (at > minPtr && code[tail] != SreOp.Success)
        {
            // Before a SUCCESS giving back is useless: at top level the longest run passes the
            // fullmatch and must-advance tests if any shorter one does, and in a lookaround,
            // atomic group or possessive repeat reaching SUCCESS cuts this choice anyway.
            Push(ChoiceKind.RepeatOne, tail, at, minPtr);
        }

        pc = tail;
        ptr = at;
        return true;
    }

    // The last position in [minPtr, at] where the character is <paramref name="c"/>, else minPtr - 1.
    private int LastBefore(int at, int minPtr, uint c)
    {
        while (at >= minPtr && (at >= End || (uint)_text[at] != c))
        {
            at--;
        }

        return at;
    }

    // MIN_REPEAT_ONE <skip> <min> <max> item SUCCESS tail: as few as possible, then one more at a time.
    private bool MinRepeatOne(ref int pc, ref int ptr)
    {
        var code = Code;
        var p = pc + 1;
        var min = code[p + 1];
        if (min > (long)End - ptr)
        {
            return false;
        }

        var count = 0;
        if (min != 0)
        {
            count = Count(p + 3, ptr, min);
            if (count < min)
            {
                return false;
            }

            ptr += count;
        }

        Push(ChoiceKind.MinRepeatOne, p, ptr, count);
        pc = p + (int)code[p];
        return true;
    }
}
