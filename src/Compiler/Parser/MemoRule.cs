namespace ProtoPython.Compiler.Parser;

/// <summary>Memo table keys for the rules the grammar marks (memo) and the left-recursive ones.</summary>
internal static class MemoRule
{
    public const int SimpleStmt = 1;
    public const int Block = 2;
    public const int Expression = 3;
    public const int StarExpression = 4;
    public const int Disjunction = 5;
    public const int Conjunction = 6;
    public const int Inversion = 7;
    public const int BitwiseOr = 8;
    public const int BitwiseXor = 9;
    public const int BitwiseAnd = 10;
    public const int ShiftExpr = 11;
    public const int Sum = 12;
    public const int Term = 13;
    public const int Factor = 14;
    public const int AwaitPrimary = 15;
    public const int Primary = 16;
    public const int TPrimary = 17;
    public const int Arguments = 18;
    public const int StarTarget = 19;
    public const int TargetWithStarAtom = 20;
    public const int DelTarget = 21;
    public const int ClosedPattern = 22;
    public const int StarPattern = 23;
    public const int TypeParam = 24;
    public const int Strings = 25;
    public const int InvalidNamedExpression = 26;
    public const int Tstring = 27;
}
