using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Parser;

/// <summary>Import statements (python.gram: Import statements) with their invalid rules.</summary>
internal sealed partial class PegParser
{
    // import_stmt: invalid_import | import_name | import_from
    private StmtNode? ImportStmt()
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            InvalidImport();
            _mark = start;
        }

        if (ImportName() is { } i)
        {
            return i;
        }

        _mark = start;
        if (ImportFromStmt() is { } f)
        {
            return f;
        }

        _mark = start;
        return null;
    }

    // import_name: 'import' dotted_as_names
    private StmtNode? ImportName()
    {
        var start = _mark;
        if (Eat(Tok.Import) && DottedAsNames() is { } names)
        {
            return Loc(new Import { Names = names }, start);
        }

        _mark = start;
        return null;
    }

    // import_from:
    //   | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //   | 'from' ('.' | '...')+ 'import' import_from_targets
    private StmtNode? ImportFromStmt()
    {
        var start = _mark;
        if (!Eat(Tok.From))
        {
            return null;
        }

        var level = 0;
        while (true)
        {
            if (Eat(Tok.Dot))
            {
                level++;
            }
            else if (Eat(Tok.Ellipsis))
            {
                level += 3;
            }
            else
            {
                break;
            }
        }

        var afterDots = _mark;
        if (DottedName() is { } module && Eat(Tok.Import) && ImportFromTargets() is { } names)
        {
            if (level == 0 && module.Id == "__future__")
            {
                foreach (var alias in names)
                {
                    if (alias.Name == "barry_as_FLUFL")
                    {
                        _barryAsBdfl = true;
                    }
                }
            }

            return Loc(new ImportFrom { Module = module.Id, Names = names, Level = level }, start);
        }

        _mark = afterDots;
        if (level > 0 && Eat(Tok.Import) && ImportFromTargets() is { } names2)
        {
            return Loc(new ImportFrom { Module = null, Names = names2, Level = level }, start);
        }

        _mark = start;
        return null;
    }

    // import_from_targets:
    //   | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' | invalid_import_from_targets
    private List<Alias>? ImportFromTargets()
    {
        var start = _mark;
        if (Eat(Tok.LPar) && ImportFromAsNames() is { } names)
        {
            Eat(Tok.Comma);
            if (Eat(Tok.RPar))
            {
                return names;
            }
        }

        _mark = start;
        if (ImportFromAsNames() is { } names2 && !At(Tok.Comma))
        {
            return names2;
        }

        _mark = start;
        if (Eat(Tok.Star))
        {
            return [Loc(new Alias { Name = "*" }, start)];
        }

        _mark = start;
        if (_callInvalidRules)
        {
            // import_from_as_names ',' NEWLINE
            if (ImportFromAsNames() is not null && Eat(Tok.Comma) && At(Tok.Newline))
            {
                throw RaiseSyntaxError("trailing comma not allowed without surrounding parentheses");
            }

            _mark = start;
            if (Expect(Tok.Newline) is var nl and >= 0)
            {
                throw RaiseStartingFromToken(nl, "Expected one or more names after 'import'");
            }

            _mark = start;
        }

        return null;
    }

    // import_from_as_names: ','.import_from_as_name+
    private List<Alias>? ImportFromAsNames()
    {
        if (ImportFromAsName() is not { } first)
        {
            return null;
        }

        var list = new List<Alias> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && ImportFromAsName() is { } next)
            {
                list.Add(next);
                continue;
            }

            _mark = mark;
            return list;
        }
    }

    // import_from_as_name: invalid_import_from_as_name | NAME ['as' NAME]
    private Alias? ImportFromAsName()
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            if (NameToken() is not null)
            {
                InvalidImportTarget();
            }

            _mark = start;
        }

        if (NameToken() is not { } name)
        {
            return null;
        }

        var asname = OptionalAsName();
        return Loc(new Alias { Name = name.Id, Asname = asname }, start);
    }

    private string? OptionalAsName()
    {
        var mark = _mark;
        if (Eat(Tok.As) && NameToken() is { } alias)
        {
            return alias.Id;
        }

        _mark = mark;
        return null;
    }

    /// <summary>Shared tail of invalid_dotted_as_name and invalid_import_from_as_name:
    /// 'as' !(NAME (',' | ')' | ';' | NEWLINE)) a=expression.</summary>
    private void InvalidImportTarget()
    {
        if (!Eat(Tok.As))
        {
            return;
        }

        if (At(Tok.Name))
        {
            var next = PeekAt(1);
            if (next is Tok.Comma or Tok.RPar or Tok.Semi or Tok.Newline)
            {
                return;
            }
        }

        if (ExpressionRule() is { } a)
        {
            throw RaiseNode(a, "cannot use " + ExprName(a) + " as import target");
        }
    }

    // dotted_as_names: ','.dotted_as_name+
    private List<Alias>? DottedAsNames()
    {
        if (DottedAsName() is not { } first)
        {
            return null;
        }

        var list = new List<Alias> { first };
        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Comma) && DottedAsName() is { } next)
            {
                list.Add(next);
                continue;
            }

            _mark = mark;
            return list;
        }
    }

    // dotted_as_name: invalid_dotted_as_name | dotted_name ['as' NAME]
    private Alias? DottedAsName()
    {
        var start = _mark;
        if (_callInvalidRules)
        {
            if (DottedName() is not null)
            {
                InvalidImportTarget();
            }

            _mark = start;
        }

        if (DottedName() is not { } name)
        {
            _mark = start;
            return null;
        }

        var asname = OptionalAsName();
        return Loc(new Alias { Name = name.Id, Asname = asname }, start);
    }

    // dotted_name: dotted_name '.' NAME | NAME  (left-recursive, grown as a loop)
    private Name? DottedName()
    {
        if (NameToken() is not { } result)
        {
            return null;
        }

        while (true)
        {
            var mark = _mark;
            if (Eat(Tok.Dot) && NameToken() is { } next)
            {
                result = Span(new Name { Id = result.Id + "." + next.Id, Ctx = ExprContext.Load }, result, next);
                continue;
            }

            _mark = mark;
            return result;
        }
    }

    // invalid_import:
    //   | 'import' ','.dotted_name+ 'from' dotted_name
    //   | 'import' NEWLINE
    private void InvalidImport()
    {
        var start = _mark;
        var importTok = Expect(Tok.Import);
        if (importTok < 0)
        {
            return;
        }

        if (DottedName() is not null)
        {
            while (true)
            {
                var mark = _mark;
                if (Eat(Tok.Comma) && DottedName() is not null)
                {
                    continue;
                }

                _mark = mark;
                break;
            }

            if (Eat(Tok.From) && DottedName() is not null)
            {
                throw RaiseStartingFromToken(importTok, "Did you mean to use 'from ... import ...' instead?");
            }
        }

        _mark = start + 1;
        if (Expect(Tok.Newline) is var nl and >= 0)
        {
            throw RaiseStartingFromToken(nl, "Expected one or more names after 'import'");
        }

        _mark = start;
    }
}
