namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// One matching session over a subject (CPython's SRE_STATE): the compiled code, the window
/// [Start, End) being searched, the capture marks of the last attempt and the flags that
/// fullmatch (<see cref="MatchAll"/>) and the iterating methods (<see cref="MustAdvance"/>) set.
/// <see cref="SreMatcher{TText}"/> holds the machine; this base is what the Python types use.
/// </summary>
internal abstract class SreState
{
    protected SreState(uint[] code, int groups, int length, int pos, int endPos)
    {
        Code = code;
        Groups = groups;
        Length = length;
        Pos = pos;
        EndPos = endPos;
        Start = pos;
        Ptr = pos;
        End = endPos;
        Marks = new int[(2 * groups) + 2];
    }

    public uint[] Code { get; }

    public int Groups { get; }

    /// <summary>The subject's length in characters.</summary>
    public int Length { get; }

    /// <summary>pos and endpos after clamping to [0, Length] (Match.pos, Match.endpos).</summary>
    public int Pos { get; }

    public int EndPos { get; }

    /// <summary>Where the current attempt starts; after a success, where the match starts.</summary>
    public int Start { get; set; }

    /// <summary>After a success, where the match ends.</summary>
    public int Ptr { get; set; }

    /// <summary>The end of the window (endpos).</summary>
    public int End { get; }

    /// <summary>fullmatch: the top-level SUCCESS must be at <see cref="End"/>.</summary>
    public bool MatchAll { get; set; }

    /// <summary>After an empty match, the next match must not be empty at the same place.</summary>
    public bool MustAdvance { get; set; }

    /// <summary>Capture positions, two per group (-1: unset); valid up to <see cref="LastMark"/>.</summary>
    public int[] Marks { get; }

    public int LastMark { get; set; } = -1;

    public int LastIndex { get; set; } = -1;

    /// <summary>Forgets the captures of the previous attempt.</summary>
    public void Reset()
    {
        LastMark = -1;
        LastIndex = -1;
    }

    /// <summary>An anchored match at <see cref="Start"/>: 1 matched, 0 not, negative for an engine error.</summary>
    public abstract int Match();

    /// <summary>The first match at or after <see cref="Start"/>: 1, 0 or a negative error.</summary>
    public abstract int Search();

    /// <summary>The span of group <paramref name="group"/> (0 is the whole match) or (-1, -1) when it did not take part.</summary>
    public (int Start, int End) GroupSpan(int group)
    {
        if (group == 0)
        {
            return (Start, Ptr);
        }

        var j = 2 * (group - 1);
        if (j + 1 <= LastMark && Marks[j] >= 0 && Marks[j + 1] >= 0)
        {
            return (Marks[j], Marks[j + 1]);
        }

        return (-1, -1);
    }
}

/// <summary>A REPEAT in progress (CPython's SRE_REPEAT): iterations done, the start of the last one, the enclosing repeat.</summary>
internal sealed class SreRepeat(int pc, SreRepeat? previous)
{
    public int Count = -1;
    public int LastPtr = -1;
    public readonly int Pc = pc;
    public readonly SreRepeat? Previous = previous;
}
