"""Records code generation oracles: for each source file, its AST (as JSON, so the code
generator can be tested before and independently of the parser) and every code object
CPython 3.14 compiles from it.

    PYTHONHASHSEED=0 python3.14 tools/codegen/record_codegen.py OUT.jsonl FILE...

Each line: {"name": file name, "ast": node, "code": code object}. AST nodes are
{"_": class, field: value, ..., "lineno"...}; operators and contexts are their class names;
constants are {"k": kind, "v": value}. Code objects list the attributes the assembler sets.
"""
import ast
import gzip
import json
import sys


def const(v):
    if v is None:
        return {"k": "none"}
    if v is ...:
        return {"k": "ellipsis"}
    if isinstance(v, bool):
        return {"k": "bool", "v": v}
    if isinstance(v, int):
        return {"k": "int", "v": str(v)}
    if isinstance(v, float):
        return {"k": "float", "v": v.hex()}
    if isinstance(v, complex):
        return {"k": "complex", "v": [v.real.hex(), v.imag.hex()]}
    if isinstance(v, str):
        return {"k": "str", "v": [ord(c) for c in v]}
    if isinstance(v, bytes):
        return {"k": "bytes", "v": v.hex()}
    if isinstance(v, tuple):
        return {"k": "tuple", "v": [const(x) for x in v]}
    if isinstance(v, frozenset):
        return {"k": "frozenset", "v": [const(x) for x in v]}
    raise TypeError(type(v))


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if n is None or isinstance(n, (str, int)):
        return n
    if isinstance(n, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop, ast.expr_context)):
        return type(n).__name__
    out = {"_": type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        if f == "value" and isinstance(n, (ast.Constant, ast.MatchSingleton)):
            out[f] = const(v)
        elif f == "str" and isinstance(n, ast.Interpolation):
            out[f] = const(v)
        else:
            out[f] = node(v)
    for a in n._attributes:
        out[a] = getattr(n, a, None)
    return out


def code(c):
    return {
        "name": c.co_name,
        "qualname": c.co_qualname,
        "firstlineno": c.co_firstlineno,
        "argcount": c.co_argcount,
        "posonlyargcount": c.co_posonlyargcount,
        "kwonlyargcount": c.co_kwonlyargcount,
        "stacksize": c.co_stacksize,
        "flags": c.co_flags,
        "code": c.co_code.hex(),
        "consts": [code(k) if hasattr(k, "co_code") else repr(k) for k in c.co_consts],
        "names": list(c.co_names),
        "varnames": list(c.co_varnames),
        "cellvars": list(c.co_cellvars),
        "freevars": list(c.co_freevars),
        "linetable": c.co_linetable.hex(),
        "exceptiontable": c.co_exceptiontable.hex(),
    }


def main():
    out = sys.argv[1]
    opener = gzip.open if out.endswith(".gz") else open
    with opener(out, "wt") as f:
        for path in sys.argv[2:]:
            try:
                with open(path, "rb") as src_file:
                    src = src_file.read()
                name = path.rsplit("/", 1)[-1]
                tree = ast.parse(src, name)
                co = compile(src, name, "exec", dont_inherit=True)
            except (OSError, SyntaxError, ValueError) as e:
                print(f"skipped {path}: {e}", file=sys.stderr)
                continue
            f.write(json.dumps({"name": name, "ast": node(tree), "code": code(co)}, separators=(",", ":")) + "\n")


main()
