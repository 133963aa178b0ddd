namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// The opcode, position and category numbers of CPython 3.14's <c>re/_constants.py</c>; the
/// pure-Python compiler emits them and the matcher interprets them.
/// </summary>
internal static class SreOp
{
    public const uint Failure = 0;
    public const uint Success = 1;
    public const uint Any = 2;
    public const uint AnyAll = 3;
    public const uint Assert = 4;
    public const uint AssertNot = 5;
    public const uint At = 6;
    public const uint Branch = 7;
    public const uint Category = 8;
    public const uint Charset = 9;
    public const uint BigCharset = 10;
    public const uint GroupRef = 11;
    public const uint GroupRefExists = 12;
    public const uint In = 13;
    public const uint Info = 14;
    public const uint Jump = 15;
    public const uint Literal = 16;
    public const uint Mark = 17;
    public const uint MaxUntil = 18;
    public const uint MinUntil = 19;
    public const uint NotLiteral = 20;
    public const uint Negate = 21;
    public const uint Range = 22;
    public const uint Repeat = 23;
    public const uint RepeatOne = 24;
    public const uint Subpattern = 25;
    public const uint MinRepeatOne = 26;
    public const uint AtomicGroup = 27;
    public const uint PossessiveRepeat = 28;
    public const uint PossessiveRepeatOne = 29;
    public const uint GroupRefIgnore = 30;
    public const uint InIgnore = 31;
    public const uint LiteralIgnore = 32;
    public const uint NotLiteralIgnore = 33;
    public const uint GroupRefLocIgnore = 34;
    public const uint InLocIgnore = 35;
    public const uint LiteralLocIgnore = 36;
    public const uint NotLiteralLocIgnore = 37;
    public const uint GroupRefUniIgnore = 38;
    public const uint InUniIgnore = 39;
    public const uint LiteralUniIgnore = 40;
    public const uint NotLiteralUniIgnore = 41;
    public const uint RangeUniIgnore = 42;
}

/// <summary>AT codes: the zero-width position tests.</summary>
internal static class SreAt
{
    public const uint Beginning = 0;
    public const uint BeginningLine = 1;
    public const uint BeginningString = 2;
    public const uint Boundary = 3;
    public const uint NonBoundary = 4;
    public const uint End = 5;
    public const uint EndLine = 6;
    public const uint EndString = 7;
    public const uint LocBoundary = 8;
    public const uint LocNonBoundary = 9;
    public const uint UniBoundary = 10;
    public const uint UniNonBoundary = 11;
}

/// <summary>Module-level numbers: <c>_sre.MAGIC</c>, <c>MAXREPEAT</c>, <c>MAXGROUPS</c>, the INFO and flag bits.</summary>
internal static class SreLimits
{
    public const int Magic = 20230612;
    public const uint MaxRepeat = uint.MaxValue;
    public const long MaxGroups = 1073741823;
    public const int CodeSize = 4;

    public const uint InfoPrefix = 1;
    public const uint InfoLiteral = 2;
    public const uint InfoCharset = 4;

    public const int FlagIgnoreCase = 2;
    public const int FlagLocale = 4;
    public const int FlagMultiline = 8;
    public const int FlagDotAll = 16;
    public const int FlagUnicode = 32;
    public const int FlagVerbose = 64;
    public const int FlagDebug = 128;
    public const int FlagAscii = 256;
}
