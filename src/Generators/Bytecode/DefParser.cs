using System.Collections.Generic;
using System.Globalization;

namespace ProtoPython.Generators.Bytecode;

/// <summary>
/// Parses Instructions.def (grammar in docs/internals/instructions.md). A malformed statement
/// yields one PPBC001 diagnostic at the offending token and is skipped; parsing goes on.
/// </summary>
internal sealed class DefParser
{
    private readonly List<DefDiagnostic> _diagnostics;
    private List<DefToken> _tokens = new List<DefToken>();
    private int _index;

    private DefParser(List<DefDiagnostic> diagnostics)
    {
        _diagnostics = diagnostics;
    }

    public static DefFile Parse(string text, List<DefDiagnostic> diagnostics)
    {
        var file = new DefFile();
        var parser = new DefParser(diagnostics);
        foreach (var statement in DefLexer.Statements(text, diagnostics))
        {
            parser._tokens = statement;
            parser._index = 0;
            try
            {
                parser.ParseStatement(file);
            }
            catch (SyntaxFailure failure)
            {
                diagnostics.Add(failure.Diagnostic);
            }
        }

        return file;
    }

    private DefToken Current => _index < _tokens.Count ? _tokens[_index] : EndToken();

    private DefToken EndToken()
    {
        var last = _tokens[_tokens.Count - 1];
        var position = new DefPosition(last.Position.Offset + last.Text.Length, last.Position.Line, last.Position.Column + last.Text.Length);
        return new DefToken(DefTokenKind.End, string.Empty, position);
    }

    private void ParseStatement(DefFile file)
    {
        var keyword = Current;
        if (keyword.Kind != DefTokenKind.Name)
        {
            throw Fail(keyword, "expected a statement keyword (inst, spec, pseudo, family, op, macro, const), found " + keyword.Describe());
        }

        _index++;
        switch (keyword.Text)
        {
            case "inst":
                file.Instructions.Add(ParseInstruction(DefKind.Inst));
                break;
            case "spec":
                file.Instructions.Add(ParseInstruction(DefKind.Spec));
                break;
            case "pseudo":
                file.Instructions.Add(ParseInstruction(DefKind.Pseudo));
                break;
            case "family":
                file.Families.Add(ParseFamily());
                break;
            case "op":
                file.Uops.Add(ParseUop());
                break;
            case "macro":
                file.Macros.Add(ParseMacro());
                break;
            case "const":
                var name = ExpectName("a constant name");
                Expect("=");
                var value = ExpectNumber();
                file.Consts.Add(new ConstDef(name, value));
                break;
            default:
                throw Fail(keyword, "unknown statement keyword '" + keyword.Text + "' (expected inst, spec, pseudo, family, op, macro or const)");
        }

        if (Current.Kind != DefTokenKind.End)
        {
            throw Fail(Current, "unexpected " + Current.Describe() + " at the end of the statement");
        }
    }

    private InstructionDef ParseInstruction(DefKind kind)
    {
        var name = ExpectName("an instruction name");
        Expect("=");
        var numberToken = Current;
        var number = ExpectNumber();
        var effect = ParseStackEffect();
        var instruction = new InstructionDef(kind, name.Name, number, effect, name.Position, numberToken.Position);
        if (Current.Is("["))
        {
            ParseFlags(instruction.Flags);
        }

        if (Current.Is("{"))
        {
            if (kind != DefKind.Inst)
            {
                throw Fail(Current, "a cache layout belongs on the family's base instruction ('inst'), not on a '" + KindWord(kind) + "' line");
            }

            ParseCache(instruction.Cache);
        }

        if (kind == DefKind.Pseudo)
        {
            Expect("=>");
            instruction.Targets.Add(ExpectName("a target instruction"));
            if (Current.Is("+") || Current.Is("|"))
            {
                var separator = Current.Text;
                instruction.TargetsAreSequence = separator == "+";
                while (Current.Is(separator))
                {
                    _index++;
                    instruction.Targets.Add(ExpectName("a target instruction"));
                }
            }
        }
        else if (Current.Is("=>"))
        {
            throw Fail(Current, "only pseudo-instructions have targets ('=>')");
        }

        return instruction;
    }

    private FamilyDef ParseFamily()
    {
        var family = new FamilyDef(ExpectName("the family's base instruction"));
        Expect("=");
        family.Members.Add(ExpectName("a specialized instruction"));
        while (Current.Is(","))
        {
            _index++;
            family.Members.Add(ExpectName("a specialized instruction"));
        }

        return family;
    }

    private UopDef ParseUop()
    {
        var uop = new UopDef(ExpectName("a uop name"), ParseStackEffect());
        if (Current.Is("["))
        {
            ParseFlags(uop.Flags);
        }

        if (Current.Is("{"))
        {
            ParseCache(uop.Cache);
        }

        return uop;
    }

    private MacroDef ParseMacro()
    {
        var macro = new MacroDef(ExpectName("a macro name"));
        Expect("=");
        do
        {
            if (macro.Parts.Count > 0)
            {
                _index++;
            }

            var part = ExpectName("a uop or a cache entry (name/size)");
            int? size = null;
            if (Current.Is("/"))
            {
                _index++;
                size = ExpectNumber();
            }

            macro.Parts.Add(new MacroPart(part, size));
        }
        while (Current.Is("+"));
        return macro;
    }

    private StackEffectDef ParseStackEffect()
    {
        Expect("(");
        var inputs = new List<StackItem>();
        var outputs = new List<StackItem>();
        if (!Current.Is("--"))
        {
            ParseItems(inputs);
        }

        Expect("--");
        if (!Current.Is(")"))
        {
            ParseItems(outputs);
        }

        Expect(")");
        return new StackEffectDef(inputs, outputs);
    }

    private void ParseItems(List<StackItem> items)
    {
        while (true)
        {
            var name = ExpectName("a stack item name");
            DefExpr? count = null;
            DefExpr? condition = null;
            if (Current.Is("["))
            {
                _index++;
                count = ParseExpr();
                Expect("]");
            }
            else if (Current.IsName("if"))
            {
                _index++;
                Expect("(");
                condition = ParseExpr();
                Expect(")");
            }

            items.Add(new StackItem(name.Name, count, condition));
            if (!Current.Is(","))
            {
                return;
            }

            _index++;
        }
    }

    private void ParseFlags(List<FlagDef> flags)
    {
        Expect("[");
        while (true)
        {
            var name = ExpectName("a flag");
            string? value = null;
            if (Current.Is("="))
            {
                _index++;
                value = ExpectName("a flag value").Name;
            }

            flags.Add(new FlagDef(name.Name, value, name.Position));
            if (Current.Is("]"))
            {
                _index++;
                return;
            }

            Expect(",");
        }
    }

    private void ParseCache(List<CacheEntryDef> cache)
    {
        Expect("{");
        while (true)
        {
            var name = ExpectName("a cache entry name");
            Expect("/");
            var sizeToken = Current;
            var size = ExpectNumber();
            if (size <= 0)
            {
                throw Fail(sizeToken, "a cache entry's size must be at least 1 code unit");
            }

            cache.Add(new CacheEntryDef(name.Name, size));
            if (Current.Is("}"))
            {
                _index++;
                return;
            }

            Expect(",");
        }
    }

    // Precedence as in C: * then + - then >> then & then |.
    private DefExpr ParseExpr() => ParseBinary(0);

    private static readonly string[][] s_levels =
    {
        new[] { "|" },
        new[] { "&" },
        new[] { ">>" },
        new[] { "+", "-" },
        new[] { "*" },
    };

    private DefExpr ParseBinary(int level)
    {
        if (level == s_levels.Length)
        {
            return ParseAtom();
        }

        var left = ParseBinary(level + 1);
        while (Current.Kind == DefTokenKind.Punct && System.Array.IndexOf(s_levels[level], Current.Text) >= 0)
        {
            var op = Current.Text;
            _index++;
            var right = ParseBinary(level + 1);
            left = new BinaryExpr(op, left, right, parenthesized: false);
        }

        return left;
    }

    private DefExpr ParseAtom()
    {
        var token = Current;
        if (token.IsName("oparg"))
        {
            _index++;
            return new OpargExpr();
        }

        if (token.Kind == DefTokenKind.Number)
        {
            return new NumberExpr(ExpectNumber(), token.Text);
        }

        if (token.Is("("))
        {
            _index++;
            var inner = ParseExpr();
            Expect(")");
            if (inner is BinaryExpr binary)
            {
                binary.Parenthesized = true;
            }

            return inner;
        }

        throw Fail(token, "expected 'oparg', a number or '(' in an expression, found " + token.Describe());
    }

    private NameRef ExpectName(string what)
    {
        var token = Current;
        if (token.Kind != DefTokenKind.Name)
        {
            throw Fail(token, "expected " + what + ", found " + token.Describe());
        }

        _index++;
        return new NameRef(token.Text, token.Position);
    }

    private int ExpectNumber()
    {
        var token = Current;
        if (token.Kind != DefTokenKind.Number)
        {
            throw Fail(token, "expected a number, found " + token.Describe());
        }

        _index++;
        var text = token.Text;
        bool ok;
        int value;
        if (text.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase))
        {
            ok = int.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }
        else
        {
            ok = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        if (!ok)
        {
            throw Fail(token, "malformed number '" + text + "'");
        }

        return value;
    }

    private void Expect(string punct)
    {
        var token = Current;
        if (!token.Is(punct))
        {
            throw Fail(token, "expected '" + punct + "', found " + token.Describe());
        }

        _index++;
    }

    private static string KindWord(DefKind kind) => kind == DefKind.Spec ? "spec" : kind == DefKind.Pseudo ? "pseudo" : "inst";

    private static SyntaxFailure Fail(DefToken token, string message) =>
        new SyntaxFailure(DefDiagnostic.Syntax(token.Position, System.Math.Max(1, token.Text.Length), message));

    /// <summary>Unwinds out of one malformed statement; never escapes <see cref="Parse"/>.</summary>
    private sealed class SyntaxFailure : System.Exception
    {
        public SyntaxFailure(DefDiagnostic diagnostic)
        {
            Diagnostic = diagnostic;
        }

        public DefDiagnostic Diagnostic { get; }
    }
}
