
namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>Resuming at the newest choice after a failure.</summary>
internal sealed partial class SreMatcher<TText>
{
    /// <summary>Restores the newest choice and sets where to go on; false when none is left (the attempt failed).</summary>
    private bool Backtrack(ref int pc, ref int ptr)
    {
        var code = Code;
        while (_choiceCount > 0)
        {
            var c = _choices[--_choiceCount];
            UndoTrail(c.Trail);
            LastMark = c.LastMark;
            LastIndex = c.LastIndex;
            _repeat = c.Repeat;
            _frameCount = c.Frames;
            switch (c.Kind)
            {
                case ChoiceKind.Branch:
                    if (EnterBranch(c.Pc, c.Ptr, ref pc))
                    {
                        ptr = c.Ptr;
                        return true;
                    }

                    break;
                case ChoiceKind.RepeatOne:
                {
                    var at = c.Ptr - 1;
                    if (at > c.A)
                    {
                        Push(ChoiceKind.RepeatOne, c.Pc, at, c.A);
                    }

                    pc = c.Pc;
                    ptr = at;
                    return true;
                }

                case ChoiceKind.RepeatOneLiteral:
                {
                    var at = LastBefore(c.Ptr - 1, c.A, code[c.Pc + 1]);
                    if (at < c.A)
                    {
                        break;
                    }

                    if (at > c.A)
                    {
                        Push(ChoiceKind.RepeatOneLiteral, c.Pc, at, c.A);
                    }

                    pc = c.Pc;
                    ptr = at;
                    return true;
                }

                case ChoiceKind.MinRepeatOne:
                {
                    var p = c.Pc;
                    var at = c.Ptr;
                    if (at >= End || !MatchOne(p + 3, _text[at]))
                    {
                        break;
                    }

                    var count = c.A + 1;
                    var max = code[p + 2];
                    if (max != SreLimits.MaxRepeat && count > max)
                    {
                        break;
                    }

                    Push(ChoiceKind.MinRepeatOne, p, at + 1, count);
                    pc = p + (int)code[p];
                    ptr = at + 1;
                    return true;
                }

                case ChoiceKind.MaxUntilTail:
                    _repeat = c.Repeat!.Previous;
                    pc = c.Pc;
                    ptr = c.Ptr;
                    return true;
                case ChoiceKind.MinUntilMore:
                {
                    var rep = c.Repeat!;
                    var max = code[rep.Pc + 2];
                    if ((c.A >= max && max != SreLimits.MaxRepeat) || c.Ptr == rep.LastPtr)
                    {
                        break;
                    }

                    SetRepeat(rep, c.A, c.Ptr);
                    pc = rep.Pc + 3;
                    ptr = c.Ptr;
                    return true;
                }

                case ChoiceKind.AssertNotBarrier:
                    // The negative lookaround's body failed: go on after it.
                    pc = c.Pc;
                    ptr = c.Ptr;
                    return true;
                case ChoiceKind.PossessiveBarrier:
                    // An iteration failed: enough iterations go on to the tail, else fail.
                    if (c.A < code[c.Pc + 1])
                    {
                        break;
                    }

                    pc = c.Pc + (int)code[c.Pc] + 1;
                    ptr = c.Ptr;
                    return true;
                default:
                    // A positive lookaround or an atomic group whose body failed.
                    break;
            }
        }

        return false;
    }
}
