using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Parser;

/// <summary>
/// The parser's token type codes: a <see cref="TokenKind"/> value, or a keyword code (keywords
/// arrive as NAME tokens and are classified once, when the token enters the buffer, as pegen does).
/// Soft keywords (<c>match</c>, <c>case</c>, <c>type</c>, <c>_</c>) stay NAME.
/// </summary>
internal static class Tok
{
    public const int EndMarker = (int)TokenKind.EndMarker;
    public const int Name = (int)TokenKind.Name;
    public const int Number = (int)TokenKind.Number;
    public const int String = (int)TokenKind.String;
    public const int Newline = (int)TokenKind.Newline;
    public const int Indent = (int)TokenKind.Indent;
    public const int Dedent = (int)TokenKind.Dedent;
    public const int LPar = (int)TokenKind.LPar;
    public const int RPar = (int)TokenKind.RPar;
    public const int LSqb = (int)TokenKind.LSqb;
    public const int RSqb = (int)TokenKind.RSqb;
    public const int Colon = (int)TokenKind.Colon;
    public const int Comma = (int)TokenKind.Comma;
    public const int Semi = (int)TokenKind.Semi;
    public const int Plus = (int)TokenKind.Plus;
    public const int Minus = (int)TokenKind.Minus;
    public const int Star = (int)TokenKind.Star;
    public const int Slash = (int)TokenKind.Slash;
    public const int VBar = (int)TokenKind.VBar;
    public const int Amper = (int)TokenKind.Amper;
    public const int Less = (int)TokenKind.Less;
    public const int Greater = (int)TokenKind.Greater;
    public const int Equal = (int)TokenKind.Equal;
    public const int Dot = (int)TokenKind.Dot;
    public const int Percent = (int)TokenKind.Percent;
    public const int LBrace = (int)TokenKind.LBrace;
    public const int RBrace = (int)TokenKind.RBrace;
    public const int EqEqual = (int)TokenKind.EqEqual;
    public const int NotEqual = (int)TokenKind.NotEqual;
    public const int LessEqual = (int)TokenKind.LessEqual;
    public const int GreaterEqual = (int)TokenKind.GreaterEqual;
    public const int Tilde = (int)TokenKind.Tilde;
    public const int Circumflex = (int)TokenKind.Circumflex;
    public const int LeftShift = (int)TokenKind.LeftShift;
    public const int RightShift = (int)TokenKind.RightShift;
    public const int DoubleStar = (int)TokenKind.DoubleStar;
    public const int PlusEqual = (int)TokenKind.PlusEqual;
    public const int MinEqual = (int)TokenKind.MinEqual;
    public const int StarEqual = (int)TokenKind.StarEqual;
    public const int SlashEqual = (int)TokenKind.SlashEqual;
    public const int PercentEqual = (int)TokenKind.PercentEqual;
    public const int AmperEqual = (int)TokenKind.AmperEqual;
    public const int VBarEqual = (int)TokenKind.VBarEqual;
    public const int CircumflexEqual = (int)TokenKind.CircumflexEqual;
    public const int LeftShiftEqual = (int)TokenKind.LeftShiftEqual;
    public const int RightShiftEqual = (int)TokenKind.RightShiftEqual;
    public const int DoubleStarEqual = (int)TokenKind.DoubleStarEqual;
    public const int DoubleSlash = (int)TokenKind.DoubleSlash;
    public const int DoubleSlashEqual = (int)TokenKind.DoubleSlashEqual;
    public const int At = (int)TokenKind.At;
    public const int AtEqual = (int)TokenKind.AtEqual;
    public const int RArrow = (int)TokenKind.RArrow;
    public const int Ellipsis = (int)TokenKind.Ellipsis;
    public const int ColonEqual = (int)TokenKind.ColonEqual;
    public const int Exclamation = (int)TokenKind.Exclamation;
    public const int TypeComment = (int)TokenKind.TypeComment;
    public const int FStringStart = (int)TokenKind.FStringStart;
    public const int FStringMiddle = (int)TokenKind.FStringMiddle;
    public const int FStringEnd = (int)TokenKind.FStringEnd;
    public const int TStringStart = (int)TokenKind.TStringStart;
    public const int TStringMiddle = (int)TokenKind.TStringMiddle;
    public const int TStringEnd = (int)TokenKind.TStringEnd;
    public const int ErrorToken = (int)TokenKind.ErrorToken;

    public const int False = 100;
    public const int None = 101;
    public const int True = 102;
    public const int And = 103;
    public const int As = 104;
    public const int Assert = 105;
    public const int Async = 106;
    public const int Await = 107;
    public const int Break = 108;
    public const int Class = 109;
    public const int Continue = 110;
    public const int Def = 111;
    public const int Del = 112;
    public const int Elif = 113;
    public const int Else = 114;
    public const int Except = 115;
    public const int Finally = 116;
    public const int For = 117;
    public const int From = 118;
    public const int Global = 119;
    public const int If = 120;
    public const int Import = 121;
    public const int In = 122;
    public const int Is = 123;
    public const int Lambda = 124;
    public const int Nonlocal = 125;
    public const int Not = 126;
    public const int Or = 127;
    public const int Pass = 128;
    public const int Raise = 129;
    public const int Return = 130;
    public const int Try = 131;
    public const int While = 132;
    public const int With = 133;
    public const int Yield = 134;

    private static readonly Dictionary<string, int> s_keywords = new(StringComparer.Ordinal)
    {
        ["False"] = False, ["None"] = None, ["True"] = True, ["and"] = And, ["as"] = As,
        ["assert"] = Assert, ["async"] = Async, ["await"] = Await, ["break"] = Break,
        ["class"] = Class, ["continue"] = Continue, ["def"] = Def, ["del"] = Del, ["elif"] = Elif,
        ["else"] = Else, ["except"] = Except, ["finally"] = Finally, ["for"] = For, ["from"] = From,
        ["global"] = Global, ["if"] = If, ["import"] = Import, ["in"] = In, ["is"] = Is,
        ["lambda"] = Lambda, ["nonlocal"] = Nonlocal, ["not"] = Not, ["or"] = Or, ["pass"] = Pass,
        ["raise"] = Raise, ["return"] = Return, ["try"] = Try, ["while"] = While, ["with"] = With,
        ["yield"] = Yield,
    };

    /// <summary>The soft keywords of 3.14, in pegen's order.</summary>
    public static readonly string[] SoftKeywords = ["_", "case", "match", "type"];

    /// <summary>The parser type of a token: keywords are recognized from the raw NAME text.</summary>
    public static int Classify(in Token token)
    {
        if (token.Kind == TokenKind.Name && s_keywords.TryGetValue(token.Text, out var kw))
        {
            return kw;
        }

        return (int)token.Kind;
    }

    /// <summary>True for the tokens pegen skips when it looks for a node's last token.</summary>
    public static bool IsWhitespace(int type) =>
        type == EndMarker || type == Newline || type == Indent || type == Dedent;
}
