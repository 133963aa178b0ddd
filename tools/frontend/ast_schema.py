#!/usr/bin/env python3
"""Print CPython's AST schema (node classes, fields, field types, attributes) as JSON.

Run with CPython 3.14 (/work/shared/tools/cpython314.sh); the output is committed as
tests/frontend/ast_schema.json and compared with ProtoPython's generated AST metadata
(tests/ProtoPython.Compiler.Tests/Ast/AstSchemaTests.cs).

    python3.14 tools/frontend/ast_schema.py > tests/frontend/ast_schema.json
"""
import ast
import json
import sys


def type_name(t):
    """A field type as text: 'ast.expr', 'list[ast.expr]', 'ast.expr | None', 'str', 'int', 'object'."""
    if isinstance(t, type):
        return ("ast." + t.__name__) if issubclass(t, ast.AST) else t.__name__
    return repr(t)


def all_subclasses(cls):
    for sub in cls.__subclasses__():
        if sub.__module__ == "ast":
            yield sub
            yield from all_subclasses(sub)


def main():
    # Concrete node classes have a _field_types mapping; the deprecated leftovers
    # (Index, ExtSlice, Suite, AugLoad, AugStore, Param) and the abstract bases do not.
    concrete = sorted({c for c in all_subclasses(ast.AST) if getattr(c, "_field_types", None) is not None},
                      key=lambda c: c.__name__)
    bases = sorted({c.__bases__[0] for c in concrete} - {ast.AST}, key=lambda c: c.__name__)
    out = {
        "python": sys.version.split()[0],
        "abstract": [{"name": b.__name__, "attributes": list(b._attributes)} for b in bases],
        "nodes": [],
    }
    for c in concrete:
        fields = []
        for name in c._fields:
            fields.append({
                "name": name,
                "type": type_name(c._field_types[name]),
                # ast.dump omits a None value only when the class carries None as default.
                "none_default": getattr(c, name, ...) is None,
            })
        out["nodes"].append({
            "name": c.__name__,
            "base": c.__bases__[0].__name__,
            "fields": fields,
            "attributes": list(c._attributes),
            "none_default_attributes": [a for a in c._attributes if getattr(c, a, ...) is None],
        })
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
