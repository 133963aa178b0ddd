
namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>The dispatch loop: one case per opcode; a failed test jumps to the backtracking step.</summary>
internal sealed partial class SreMatcher<TText>
{
    private int Run(int ptr, bool toplevel)
    {
        var code = Code;
        var text = _text;
        var end = End;
        var pc = 0;
        if (code[0] == SreOp.Info)
        {
            var min = code[3];
            if (min != 0 && (uint)(end - ptr) < min)
            {
                return 0;
            }

            pc = (int)code[1] + 1;
        }

        while (true)
        {
            switch (code[pc])
            {
                case SreOp.Failure:
                    goto Fail;
                case SreOp.Success:
                    if (_frameCount > 0)
                    {
                        if (FinishFrame(ref pc, ref ptr))
                        {
                            continue;
                        }

                        goto Fail;
                    }

                    if (toplevel && ((MatchAll && ptr != end) || (MustAdvance && ptr == Start)))
                    {
                        goto Fail;
                    }

                    Ptr = ptr;
                    return 1;
                case SreOp.Literal:
                    if (ptr >= end || (uint)text[ptr] != code[pc + 1])
                    {
                        goto Fail;
                    }

                    pc += 2;
                    ptr++;
                    continue;
                case SreOp.NotLiteral:
                    if (ptr >= end || (uint)text[ptr] == code[pc + 1])
                    {
                        goto Fail;
                    }

                    pc += 2;
                    ptr++;
                    continue;
                case SreOp.Any:
                    if (ptr >= end || text[ptr] == '\n')
                    {
                        goto Fail;
                    }

                    pc++;
                    ptr++;
                    continue;
                case SreOp.AnyAll:
                    if (ptr >= end)
                    {
                        goto Fail;
                    }

                    pc++;
                    ptr++;
                    continue;
                case SreOp.In:
                    if (ptr >= end || !_sets.Contains(pc + 2, text[ptr]))
                    {
                        goto Fail;
                    }

                    pc += 1 + (int)code[pc + 1];
                    ptr++;
                    continue;
                case SreOp.Category:
                case SreOp.LiteralIgnore:
                case SreOp.LiteralUniIgnore:
                case SreOp.LiteralLocIgnore:
                case SreOp.NotLiteralIgnore:
                case SreOp.NotLiteralUniIgnore:
                case SreOp.NotLiteralLocIgnore:
                case SreOp.InIgnore:
                case SreOp.InUniIgnore:
                case SreOp.InLocIgnore:
                    if (ptr >= end || !MatchOne(pc, text[ptr]))
                    {
                        goto Fail;
                    }

                    pc = NextUnit(pc);
                    ptr++;
                    continue;
                case SreOp.At:
                    if (!At(code[pc + 1], ptr))
                    {
                        goto Fail;
                    }

                    pc += 2;
                    continue;
                case SreOp.Jump:
                case SreOp.Info:
                    pc += 1 + (int)code[pc + 1];
                    continue;
                case SreOp.Mark:
                    var markIndex = code[pc + 1];
                    if (markIndex >= (uint)Marks.Length)
                    {
                        return InvalidCode;
                    }

                    SetMark((int)markIndex, ptr);
                    pc += 2;
                    continue;
                case SreOp.Branch:
                    if (EnterBranch(pc + 1, ptr, ref pc))
                    {
                        continue;
                    }

                    goto Fail;
                case SreOp.RepeatOne:
                    if (RepeatOne(ref pc, ref ptr))
                    {
                        continue;
                    }

                    goto Fail;
                case SreOp.MinRepeatOne:
                    if (MinRepeatOne(ref pc, ref ptr))
                    {
                        continue;
                    }

                    goto Fail;
                case SreOp.PossessiveRepeatOne:
                {
                    var p = pc + 1;
                    if ((long)ptr + code[p + 1] > end)
                    {
                        goto Fail;
                    }

                    var count = Count(p + 3, ptr, code[p + 2]);
                    if (count < code[p + 1])
                    {
                        goto Fail;
                    }

                    ptr += count;
                    pc = p + (int)code[p];
                    continue;
                }

                case SreOp.Repeat:
                {
                    var p = pc + 1;
                    _repeat = new SreRepeat(p, _repeat);
                    pc = p + (int)code[p];
                    continue;
                }

                case SreOp.MaxUntil:
                    if (_repeat is null)
                    {
                        return InvalidCode;
                    }

                    MaxUntil(ref pc, ptr);
                    continue;
                case SreOp.MinUntil:
                    if (_repeat is null)
                    {
                        return InvalidCode;
                    }

                    MinUntil(ref pc, ptr);
                    continue;
                case SreOp.PossessiveRepeat:
                    if (StartPossessive(pc + 1, 0, ptr, ref pc))
                    {
                        continue;
                    }

                    goto Fail;
                case SreOp.AtomicGroup:
                {
                    var p = pc + 1;
                    Push(ChoiceKind.AtomicBarrier, 0, ptr);
                    PushFrame(FrameKind.Atomic, p + (int)code[p], ptr);
                    pc = p + 1;
                    continue;
                }

                case SreOp.Assert:
                {
                    var p = pc + 1;
                    var back = code[p + 1];
                    if (ptr < back)
                    {
                        goto Fail;
                    }

                    Push(ChoiceKind.AssertBarrier, 0, ptr);
                    PushFrame(FrameKind.Assert, p + (int)code[p], ptr);
                    ptr -= (int)back;
                    pc = p + 2;
                    continue;
                }

                case SreOp.AssertNot:
                {
                    var p = pc + 1;
                    var back = code[p + 1];
                    if (ptr >= back)
                    {
                        Push(ChoiceKind.AssertNotBarrier, p + (int)code[p], ptr);
                        PushFrame(FrameKind.AssertNot, p + (int)code[p], ptr);
                        ptr -= (int)back;
                        pc = p + 2;
                    }
                    else
                    {
                        pc = p + (int)code[p];
                    }

                    continue;
                }

                case SreOp.GroupRef:
                case SreOp.GroupRefIgnore:
                case SreOp.GroupRefUniIgnore:
                case SreOp.GroupRefLocIgnore:
                    if (!GroupRef(code[pc], code[pc + 1], ref ptr))
                    {
                        goto Fail;
                    }

                    pc += 2;
                    continue;
                case SreOp.GroupRefExists:
                {
                    var p = pc + 1;
                    pc = GroupExists(code[p]) ? p + 2 : p + (int)code[p + 1];
                    continue;
                }

                default:
                    return InvalidCode;
            }

        Fail:
            if (!Backtrack(ref pc, ref ptr))
            {
                return 0;
            }
        }
    }

    private bool FinishFrame(ref int pc, ref int ptr)
    {
        var f = _frames[--_frameCount];
        _choiceCount = f.ChoiceIndex;
        switch (f.Kind)
        {
            case FrameKind.Assert:
                ptr = f.SavedPtr;
                pc = f.Next;
                return true;
            case FrameKind.AssertNot:
                return false;
            case FrameKind.Atomic:
                pc = f.Next;
                return true;
            default:
                if (f.Optional && ptr == f.SavedPtr)
                {
                    // An empty optional iteration: every further one would be empty too.
                    pc = f.Pc + (int)Code[f.Pc] + 1;
                    return true;
                }

                return StartPossessive(f.Pc, f.Count + 1, ptr, ref pc);
        }
    }

    // POSSESSIVE_REPEAT <skip> <min> <max> body SUCCESS tail: each iteration runs atomically.
    private bool StartPossessive(int p, int count, int ptr, ref int pc)
    {
        var code = Code;
        var min = code[p + 1];
        var max = code[p + 2];
        if (count >= min && !(count < max || max == SreLimits.MaxRepeat))
        {
            pc = p + (int)code[p] + 1;
            return true;
        }

        Push(ChoiceKind.PossessiveBarrier, p, ptr, count);
        PushFrame(FrameKind.Possessive, 0, ptr, p, count, optional: count >= min);
        pc = p + 3;
        return true;
    }

    private bool EnterBranch(int p, int ptr, ref int pc)
    {
        var code = Code;
        while (code[p] != 0)
        {
            var alt = p + 1;
            var next = p + (int)code[p];
            if (Viable(alt, ptr))
            {
                if (code[next] != 0)
                {
                    Push(ChoiceKind.Branch, next, ptr);
                }

                pc = alt;
                return true;
            }

            p = next;
        }

        return false;
    }

    // An alternative starting with a literal or a set cannot match at a character outside it.
    private bool Viable(int alt, int ptr)
    {
        var code = Code;
        var op = code[alt];
        if (op == SreOp.Literal)
        {
            return ptr < End && (uint)_text[ptr] == code[alt + 1];
        }

        if (op == SreOp.In)
        {
            return ptr < End && _sets.Contains(alt + 2, _text[ptr]);
        }

        return true;
    }

    private void MaxUntil(ref int pc, int ptr)
    {
        var rep = _repeat!;
        var code = Code;
        var count = rep.Count + 1;
        if (count < code[rep.Pc + 1])
        {
            SetRepeat(rep, count, rep.LastPtr);
            pc = rep.Pc + 3;
            return;
        }

        var max = code[rep.Pc + 2];
        if ((count < max || max == SreLimits.MaxRepeat) && ptr != rep.LastPtr)
        {
            // Another iteration first; the tail is the fallback.
            Push(ChoiceKind.MaxUntilTail, pc + 1, ptr);
            SetRepeat(rep, count, ptr);
            pc = rep.Pc + 3;
            return;
        }

        _repeat = rep.Previous;
        pc++;
    }

    private void MinUntil(ref int pc, int ptr)
    {
        var rep = _repeat!;
        var count = rep.Count + 1;
        if (count < Code[rep.Pc + 1])
        {
            SetRepeat(rep, count, rep.LastPtr);
            pc = rep.Pc + 3;
            return;
        }

        // The tail first; another iteration is the fallback.
        Push(ChoiceKind.MinUntilMore, 0, ptr, count);
        _repeat = rep.Previous;
        pc++;
    }
}
