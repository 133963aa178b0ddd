namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// The backtracking machine over the opcode list, for one kind of subject. Instead of recursing
/// (CPython's SRE(match) keeps its own context stack), every alternative left untried is a
/// <see cref="Choice"/> on a heap stack, and every change to state that backtracking must undo
/// (a visible capture mark, a repeat's count) is logged on a trail. Failing pops the newest
/// choice, rolls the trail back to that choice's height and resumes there. Lookarounds, atomic
/// groups and possessive repeats run their body above a barrier choice and cut the stack back to
/// it when the body reaches its SUCCESS (a <see cref="Frame"/> tells which construct it is).
/// </summary>
internal sealed partial class SreMatcher<TText> : SreState
    where TText : struct, ISreText
{
    /// <summary>Result of an attempt when the code is malformed (an error for the caller to raise).</summary>
    public const int InvalidCode = -1;

    private readonly TText _text;
    private readonly SreSetCache _sets;
    // Empty arrays of our own: Array.Empty<T> over these structs is a BCL generic instantiation
    // that ReadyToRun cannot precompile, so it was JIT-compiled at the first match.
#pragma warning disable CA1825 // Avoid zero-length array allocations: these are allocated once, not per use.
    private static readonly Choice[] NoChoices = new Choice[0];
    private static readonly TrailEntry[] NoTrail = new TrailEntry[0];
    private static readonly Frame[] NoFrames = new Frame[0];
#pragma warning restore CA1825

    private Choice[] _choices = NoChoices;
    private int _choiceCount;
    private TrailEntry[] _trail = NoTrail;
    private int _trailCount;
    private Frame[] _frames = NoFrames;
    private int _frameCount;
    private SreRepeat? _repeat;

    public SreMatcher(TText text, SrePattern pattern, int length, int pos, int endPos)
        : base(pattern.Code, pattern.Groups, length, pos, endPos)
    {
        _text = text;
        _sets = pattern.Sets;
    }

    private enum ChoiceKind : byte
    {
        Branch,
        RepeatOne,
        RepeatOneLiteral,
        MinRepeatOne,
        MaxUntilTail,
        MinUntilMore,
        AssertBarrier,
        AssertNotBarrier,
        AtomicBarrier,
        PossessiveBarrier,
    }

    private enum FrameKind : byte
    {
        Assert,
        AssertNot,
        Atomic,
        Possessive,
    }

    private enum TrailKind : byte
    {
        Mark,
        RepeatCount,
        RepeatLastPtr,
    }

    public override int Match()
    {
        Reset();
        try
        {
            return Attempt(Start, toplevel: true);
        }
        catch (IndexOutOfRangeException)
        {
            return InvalidCode;
        }
    }

    public override int Search()
    {
        try
        {
            return SearchFrom(Start);
        }
        catch (IndexOutOfRangeException)
        {
            // Only malformed code (a skip or operand past the end) gets here; CPython's validator
            // rejects such code at compile time.
            return InvalidCode;
        }
    }

    /// <summary>Runs the code anchored at <paramref name="start"/>; <paramref name="toplevel"/> applies fullmatch and must-advance.</summary>
    private int Attempt(int start, bool toplevel)
    {
        Start = start;
        _choiceCount = 0;
        _trailCount = 0;
        _frameCount = 0;
        _repeat = null;
        return Run(start, toplevel);
    }

    private void Push(ChoiceKind kind, int pc, int ptr, int a = 0)
    {
        if (_choiceCount == _choices.Length)
        {
            Array.Resize(ref _choices, Math.Max(8, _choices.Length * 2));
        }

        ref var c = ref _choices[_choiceCount++];
        c.Kind = kind;
        c.Pc = pc;
        c.Ptr = ptr;
        c.A = a;
        c.Trail = _trailCount;
        c.LastMark = LastMark;
        c.LastIndex = LastIndex;
        c.Frames = _frameCount;
        c.Repeat = _repeat;
    }

    private void PushFrame(FrameKind kind, int next, int savedPtr, int pc = 0, int count = 0, bool optional = false)
    {
        if (_frameCount == _frames.Length)
        {
            Array.Resize(ref _frames, Math.Max(4, _frames.Length * 2));
        }

        ref var f = ref _frames[_frameCount++];
        f.Kind = kind;
        f.ChoiceIndex = _choiceCount - 1;
        f.Next = next;
        f.SavedPtr = savedPtr;
        f.Pc = pc;
        f.Count = count;
        f.Optional = optional;
    }

    private void Log(TrailKind kind, int index, int old, SreRepeat? repeat)
    {
        if (_trailCount == _trail.Length)
        {
            Array.Resize(ref _trail, Math.Max(8, _trail.Length * 2));
        }

        ref var t = ref _trail[_trailCount++];
        t.Kind = kind;
        t.Index = index;
        t.Old = old;
        t.Repeat = repeat;
    }

    private void UndoTrail(int height)
    {
        var marks = Marks;
        while (_trailCount > height)
        {
            ref var t = ref _trail[--_trailCount];
            switch (t.Kind)
            {
                case TrailKind.Mark:
                    marks[t.Index] = t.Old;
                    break;
                case TrailKind.RepeatCount:
                    t.Repeat!.Count = t.Old;
                    break;
                default:
                    t.Repeat!.LastPtr = t.Old;
                    break;
            }

            t.Repeat = null;
        }
    }

    // MARK i: marks above LastMark are invisible, so only overwriting a visible one is logged.
    private void SetMark(int i, int ptr)
    {
        if ((i & 1) != 0)
        {
            LastIndex = (i / 2) + 1;
        }

        var marks = Marks;
        if (i > LastMark)
        {
            for (var j = LastMark + 1; j < i; j++)
            {
                marks[j] = -1;
            }

            LastMark = i;
        }
        else
        {
            Log(TrailKind.Mark, i, marks[i], null);
        }

        marks[i] = ptr;
    }

    private void SetRepeat(SreRepeat rep, int count, int lastPtr)
    {
        Log(TrailKind.RepeatCount, 0, rep.Count, rep);
        rep.Count = count;
        if (lastPtr != rep.LastPtr)
        {
            Log(TrailKind.RepeatLastPtr, 0, rep.LastPtr, rep);
            rep.LastPtr = lastPtr;
        }
    }

    private struct Choice
    {
        public ChoiceKind Kind;
        public int Pc;
        public int Ptr;
        public int A;
        public int Trail;
        public int LastMark;
        public int LastIndex;
        public int Frames;
        public SreRepeat? Repeat;
    }

    private struct Frame
    {
        public FrameKind Kind;
        public bool Optional;
        public int ChoiceIndex;
        public int Next;
        public int SavedPtr;
        public int Pc;
        public int Count;
    }

    private struct TrailEntry
    {
        public TrailKind Kind;
        public int Index;
        public int Old;
        public SreRepeat? Repeat;
    }
}
