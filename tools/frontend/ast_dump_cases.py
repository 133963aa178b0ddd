#!/usr/bin/env python3
"""Record ast.dump() of trees built with ast constructors and of parsed snippets.

    python3.14 tools/frontend/ast_dump_cases.py > tests/frontend/ast_dump_cases.json

Each case has the tree as JSON (class names, fields, positions; constants tagged with their
type) and its dumps with and without attributes and at several indents. The tests
(tests/ProtoPython.Compiler.Tests/Ast/AstDumpTests.cs) rebuild each tree from the JSON via
the generated schema and compare AstDump.Dump with the recorded text.
"""
import ast
import json
import math
import struct
import sys

MODES = {
    "plain": dict(),
    "attributes": dict(include_attributes=True),
    "indent0": dict(indent=0),
    "indent2": dict(indent=2),
    "indent4_attributes": dict(indent=4, include_attributes=True),
    "indent_tab": dict(indent="\t"),
}


def float_bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def encode_constant(v):
    if v is None:
        return {"none": True}
    if v is ...:
        return {"ellipsis": True}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": float_bits(v)}
    if isinstance(v, complex):
        return {"complex": [float_bits(v.real), float_bits(v.imag)]}
    if isinstance(v, str):
        return {"str": [ord(c) for c in v]}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    if isinstance(v, tuple):
        return {"tuple": [encode_constant(x) for x in v]}
    if isinstance(v, frozenset):
        # The dump lists a frozenset's items in iteration order; keep that order.
        return {"frozenset": [encode_constant(x) for x in v]}
    raise TypeError(type(v))


def encode(node):
    if isinstance(node, list):
        return [encode(x) for x in node]
    if node is None or isinstance(node, (str, int)):
        return node
    assert isinstance(node, ast.AST), node
    cls = type(node)
    out = {"_type": cls.__name__}
    for name in cls._fields:
        if not hasattr(node, name):
            continue
        value = getattr(node, name)
        field_type = cls._field_types.get(name)
        if field_type is object:
            out[name] = encode_constant(value)
        else:
            out[name] = encode(value)
    for name in cls._attributes:
        if hasattr(node, name):
            out[name] = getattr(node, name)
    return out


def built_trees():
    """Trees made with constructors: the shapes ast.dump treats specially."""
    A = ast
    name = lambda i, ctx=None: A.Name(id=i, ctx=ctx or A.Load())
    trees = {
        "empty_module": A.Module(body=[], type_ignores=[]),
        "expression_constant": A.Expression(body=A.Constant(value=1)),
        "constant_kinds": A.Module(body=[A.Expr(value=A.Tuple(elts=[
            A.Constant(value=None), A.Constant(value=...), A.Constant(value=True), A.Constant(value=False),
            A.Constant(value=0), A.Constant(value=-12345678901234567890123), A.Constant(value=0.0),
            A.Constant(value=-0.0), A.Constant(value=1e16), A.Constant(value=1e-5), A.Constant(value=math.inf),
            A.Constant(value=math.nan), A.Constant(value=1j), A.Constant(value=complex(-0.0, -0.0)),
            A.Constant(value=complex(1, 2)), A.Constant(value="it's"), A.Constant(value='say "hi"'),
            A.Constant(value="tab\there\n"), A.Constant(value="u", kind="u"), A.Constant(value=b"x'\"\x00\xff"),
            A.Constant(value=()), A.Constant(value=(1,)), A.Constant(value=(1, "a", (2.5, None))),
            A.Constant(value=frozenset()), A.Constant(value=frozenset({3})),
        ], ctx=A.Load()))], type_ignores=[]),
        "optional_none_and_empty_lists": A.Module(body=[
            A.Return(value=None), A.Raise(), A.ImportFrom(module=None, names=[A.alias(name="x")], level=1),
            A.ImportFrom(module="m", names=[A.alias(name="y", asname="z")], level=0),
            A.Global(names=["a", "b"]), A.Nonlocal(names=["c"]),
            A.FunctionDef(name="f", args=A.arguments(), body=[A.Pass()], decorator_list=[], returns=None,
                          type_params=[]),
        ], type_ignores=[A.TypeIgnore(lineno=3, tag="[x]")]),
        "dict_with_none_key": A.Expression(body=A.Dict(keys=[A.Constant(value=1), None], values=[name("a"), name("b")])),
        "kw_defaults_with_none": A.Module(body=[A.FunctionDef(
            name="g", args=A.arguments(posonlyargs=[A.arg(arg="p")], args=[A.arg(arg="a", annotation=name("int"))],
                                       vararg=A.arg(arg="args"), kwonlyargs=[A.arg(arg="k"), A.arg(arg="j")],
                                       kw_defaults=[None, A.Constant(value=2)], kwarg=A.arg(arg="kw"),
                                       defaults=[A.Constant(value=1)]),
            body=[A.Expr(value=A.Constant(value=...))], decorator_list=[name("d")], returns=name("str"),
            type_comment="(...) -> str", type_params=[A.TypeVar(name="T", bound=name("int")), A.ParamSpec(name="P"),
                                                     A.TypeVarTuple(name="Ts", default_value=name("X"))])], type_ignores=[]),
        "operators": A.Module(body=[
            A.Expr(value=A.BoolOp(op=A.And(), values=[name("a"), A.UnaryOp(op=A.Not(), operand=name("b"))])),
            A.Expr(value=A.Compare(left=name("x"), ops=[A.Lt(), A.NotIn(), A.IsNot()], comparators=[name("y"), name("z"), name("w")])),
            A.AugAssign(target=name("x", A.Store()), op=A.FloorDiv(), value=A.BinOp(left=name("a"), op=A.MatMult(), right=name("b"))),
            A.Delete(targets=[A.Subscript(value=name("d"), slice=A.Slice(lower=None, upper=A.Constant(value=2), step=None), ctx=A.Del())]),
        ], type_ignores=[]),
        "fstrings_and_tstrings": A.Expression(body=A.Tuple(elts=[
            A.JoinedStr(values=[A.Constant(value="a"), A.FormattedValue(value=name("x"), conversion=-1, format_spec=None),
                                A.FormattedValue(value=name("y"), conversion=114,
                                                 format_spec=A.JoinedStr(values=[A.Constant(value=">10")]))]),
            A.TemplateStr(values=[A.Interpolation(value=name("z"), str="z", conversion=-1, format_spec=None)]),
        ], ctx=A.Load())),
        "match": A.Module(body=[A.Match(subject=name("s"), cases=[
            A.match_case(pattern=A.MatchSingleton(value=None), guard=None, body=[A.Pass()]),
            A.match_case(pattern=A.MatchClass(cls=name("C"), patterns=[A.MatchValue(value=A.Constant(value=1))],
                                              kwd_attrs=["k"], kwd_patterns=[A.MatchAs(pattern=None, name="v")]),
                         guard=name("g"), body=[A.Pass()]),
            A.match_case(pattern=A.MatchOr(patterns=[A.MatchSequence(patterns=[A.MatchStar(name=None)]),
                                                     A.MatchMapping(keys=[A.Constant(value="k")], patterns=[A.MatchAs()], rest="r")]),
                         body=[A.Pass()]),
            A.match_case(pattern=A.MatchAs(), body=[A.Break()]),
        ])], type_ignores=[]),
        "deep_simple_nesting": A.Expression(body=A.Call(func=A.Attribute(value=name("a"), attr="b", ctx=A.Load()),
                                                        args=[A.Starred(value=name("c"), ctx=A.Load())],
                                                        keywords=[A.keyword(arg=None, value=name("d")),
                                                                  A.keyword(arg="e", value=A.Constant(value=1))])),
        "interactive_and_function_type": A.Interactive(body=[A.Expr(value=A.Lambda(args=A.arguments(), body=A.Constant(value=0)))]),
        "function_type": A.FunctionType(argtypes=[name("int"), name("str")], returns=A.Constant(value=None)),
    }
    for tree in trees.values():
        ast.fix_missing_locations(tree)
    return trees


SNIPPETS = {
    "statements": "import os, sys as system\nfrom . import a\nfrom ..b.c import (d as e, f)\nx = y = 1\nx: int = 2\nz: 'T'\nx += 1\ndel x, y[0]\nassert x, 'msg'\nglobal g\nraise E from None\npass\n",
    "control_flow": "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\nfor i in range(3):\n    continue\nelse:\n    z = 3\nwhile True:\n    break\nwith open(f) as g, h:\n    pass\n",
    "exceptions": "try:\n    a()\nexcept ValueError as e:\n    raise\nexcept (A, B):\n    pass\nelse:\n    b()\nfinally:\n    c()\ntry:\n    pass\nexcept* OSError:\n    pass\n",
    "functions": "@decorator\nasync def f[T: int, *Ts, **P](a, /, b: int = 1, *args, c, d=2, **kw) -> T:\n    await g()\n    async for x in y:\n        yield x\n    async with z:\n        yield from w\n    return\nclass C[T = int](B, metaclass=M):\n    def m(self): ...\n",
    "expressions": "x = (a if b else c, lambda q, *r: q, not d, -e, +f, ~g, a and b or c, a < b <= c != d, [1, *l], {1, 2}, {'k': v, **m}, (y := 5), a[1:2, ::3], a.b.c, f(x, *y, z=1, **w), 1 if x else 2)\n",
    "all_operators": "a + b - c * d / e // f % g ** h @ i << j >> k | l ^ m & n\na == b != c < d <= e > f >= g is h is not i in j not in k\n-a; +b; ~c; not d; a and b; a or b\n",
    "comprehensions": "[x for x in y if x if not x]\n{x for x in y}\n{k: v for k, v in items}\n(x async for x in y)\n[[a for a in b] for b in c]\n",
    "literals": "(0, 1_000, 0x1F, 0o17, 0b101, 1.5, 1e16, 1e-5, .5, 2j, 1.5J, 'a', \"b'\", b'\\x00', r'\\d', u'u', ..., None, True, 10**30, 123456789012345678901234567890)\n",
    "fstrings": "f'{x!r:>{width}} and {y=}' f\"{'nested'}\" rf'{z}\\n'\nt'{a} {b!s:{c}}'\n",
    "match": "match p:\n    case [1, 2, *rest]:\n        pass\n    case {'x': 1, **kw}:\n        pass\n    case Point(x=0, y=_) | None:\n        pass\n    case -1 | 1+2j | 'a' 'b' as s if s:\n        pass\n",
    "type_alias_and_unicode": "type Alias[K] = dict[K, 'é']\nπ = 'naïve ☃ \\U0001F600'\n",
}


def main():
    cases = []
    for name, tree in built_trees().items():
        cases.append((name, tree))
    for name, source in SNIPPETS.items():
        cases.append(("parsed_" + name, ast.parse(source, type_comments=False)))
    out = {"python": sys.version.split()[0], "cases": []}
    for name, tree in cases:
        out["cases"].append({
            "name": name,
            "tree": encode(tree),
            "dumps": {mode: ast.dump(tree, **kwargs) for mode, kwargs in MODES.items()},
        })
    # One case a line keeps the file small and its diffs readable.
    sys.stdout.write('{"python": %s, "cases": [\n' % json.dumps(out["python"]))
    sys.stdout.write(",\n".join(json.dumps(c, ensure_ascii=True) for c in out["cases"]))
    sys.stdout.write("\n]}\n")


if __name__ == "__main__":
    main()
