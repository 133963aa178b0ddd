"""Records container behaviour with CPython 3.14 for tests/ProtoPython.Objects.Tests/Containers.

Run: tools/record-expected containers   (PYTHONHASHSEED=0, so sets of str iterate reproducibly)
Writes tests/ProtoPython.Objects.Tests/Containers/goldens/containers.json: a list of programs,
each {"name", "steps": [{"src", "tree", "result"}]}. A step is one statement of a tiny Python
subset; "tree" is the statement as nested JSON lists (see to_tree) that the C# harness evaluates
with PyOps; "result" is repr() of the expression (or of the assigned variable/container after an
assignment, augmented assignment or del), or "!ExcType: repr(args)". Reprs containing a memory
address are replaced by "<object>".
Also writes scenarios.json (tools/objects/containers_scenarios.py: Python classes with logged
__lt__/__eq__, subclasses; C# rebuilds them) and set_orders.json.gz: sets of ints and strs built by seeded random add/discard/pop sequences,
with CPython's iteration order after every few operations.
"""
import ast
import gzip
import json
import os
import random
import re
import struct
import sys

assert sys.version_info[:2] == (3, 14), sys.version
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "ProtoPython.Objects.Tests", "Containers", "goldens")

BUILTIN_NAMES = {"list", "tuple", "dict", "set", "frozenset", "range", "slice", "len", "repr", "hash",
                 "iter", "next", "reversed", "sorted", "str", "abs", "bool", "type", "int", "float", "min", "max"}

BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.BitOr: "|", ast.BitAnd: "&", ast.BitXor: "^",
          ast.Mod: "%", ast.FloorDiv: "//", ast.Pow: "**"}
CMPOPS = {ast.Lt: "<", ast.LtE: "<=", ast.Eq: "==", ast.NotEq: "!=", ast.Gt: ">", ast.GtE: ">=",
          ast.In: "in", ast.NotIn: "not in", ast.Is: "is"}


def to_tree(node):
    """A statement or expression as JSON lists the C# harness understands."""
    match node:
        case ast.Expr(value=v):
            return ["expr", to_tree(v)]
        case ast.Assign(targets=[ast.Name(id=name)], value=v):
            return ["let", name, to_tree(v)]
        case ast.Assign(targets=[ast.Subscript(value=obj, slice=key)], value=v):
            return ["setitem", to_tree(obj), to_tree(key), to_tree(v)]
        case ast.AugAssign(target=ast.Name(id=name), op=op, value=v):
            return ["augassign", name, BINOPS[type(op)], to_tree(v)]
        case ast.Delete(targets=[ast.Subscript(value=obj, slice=key)]):
            return ["delitem", to_tree(obj), to_tree(key)]
        case ast.Constant(value=v):
            if v is None or isinstance(v, bool):
                return ["const", repr(v)]
            if isinstance(v, int):
                return ["int", str(v)]
            if isinstance(v, float):
                return ["float", str(struct.unpack("<q", struct.pack("<d", v))[0])]
            if isinstance(v, str):
                return ["str", v]
            if v is ...:
                return ["const", "Ellipsis"]
            raise ValueError(v)
        case ast.UnaryOp(op=ast.USub(), operand=ast.Constant(value=v)) if isinstance(v, (int, float)):
            return to_tree(ast.Constant(-v))
        case ast.UnaryOp(op=ast.USub(), operand=v):
            return ["neg", to_tree(v)]
        case ast.UnaryOp(op=ast.Not(), operand=v):
            return ["not", to_tree(v)]
        case ast.List(elts=items):
            return ["list", [to_tree(x) for x in items]]
        case ast.Tuple(elts=items):
            return ["tuple", [to_tree(x) for x in items]]
        case ast.Set(elts=items):
            return ["set", [to_tree(x) for x in items]]
        case ast.Dict(keys=keys, values=values):
            return ["dict", [[to_tree(k), to_tree(v)] for k, v in zip(keys, values)]]
        case ast.Name(id=name):
            return ["builtin", name] if name in BUILTIN_NAMES else ["var", name]
        case ast.Call(func=ast.Attribute(value=obj, attr=attr), args=args, keywords=kws):
            return ["method", to_tree(obj), attr, [to_tree(a) for a in args], [[k.arg, to_tree(k.value)] for k in kws]]
        case ast.Call(func=f, args=args, keywords=kws):
            return ["call", to_tree(f), [to_tree(a) for a in args], [[k.arg, to_tree(k.value)] for k in kws]]
        case ast.Attribute(value=obj, attr=attr):
            return ["attr", to_tree(obj), attr]
        case ast.BinOp(left=a, op=op, right=b):
            return ["binop", BINOPS[type(op)], to_tree(a), to_tree(b)]
        case ast.Compare(left=a, ops=[op], comparators=[b]):
            return ["cmp", CMPOPS[type(op)], to_tree(a), to_tree(b)]
        case ast.Subscript(value=obj, slice=key):
            return ["getitem", to_tree(obj), to_tree(key)]
        case ast.Slice(lower=lo, upper=hi, step=st):
            none = ["const", "None"]
            return ["slice", to_tree(lo) if lo else none, to_tree(hi) if hi else none, to_tree(st) if st else none]
    raise ValueError("unsupported: " + ast.dump(node))


ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def show(v):
    r = repr(v)
    return "<object>" if ADDRESS.search(r) else r


def run(name, source):
    ns = {}
    steps = []
    for line in source.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        stmt = ast.parse(line).body[0]
        tree = to_tree(stmt)
        try:
            if isinstance(stmt, ast.Expr):
                result = show(eval(line, ns))
            else:
                exec(line, ns)
                match stmt:
                    case ast.Assign(targets=[ast.Name(id=n)]) | ast.AugAssign(target=ast.Name(id=n)):
                        result = show(ns[n])
                    case ast.Assign(targets=[ast.Subscript(value=obj)]) | ast.Delete(targets=[ast.Subscript(value=obj)]):
                        result = show(eval(ast.unparse(obj), ns))
        except Exception as e:
            result = "!" + type(e).__name__ + ": " + show(e.args)
        steps.append({"src": line, "tree": tree, "result": result})
    return {"name": name, "steps": steps}


PROGRAMS = {}
sys.path.insert(0, os.path.dirname(__file__))
from containers_cases import CASES  # noqa: E402
from containers_scenarios import SCENARIOS  # noqa: E402

for name, src in CASES.items():
    PROGRAMS[name] = src


def set_orders():
    """Seeded add/discard/pop sequences on sets of ints and strs, CPython's order at checkpoints."""
    cases = []
    for seed in range(60):
        r = random.Random(seed)
        kind = ["int", "str", "mixed", "bigint"][seed % 4]
        width = r.choice([8, 20, 64, 300, 5000])

        def value():
            if kind == "int":
                return r.randrange(-width, width)
            if kind == "bigint":
                return r.choice([r.randrange(-width, width), r.randrange(-2**70, 2**70), r.randrange(2**61 - 10, 2**61 + 10)])
            if kind == "str" or r.random() < 0.5:
                return "".join(r.choice("abcxyz") for _ in range(r.randint(0, 3)))
            return r.randrange(-width, width)

        s = set()
        ops = []
        for step in range(r.choice([10, 40, 150, 600])):
            c = r.random()
            if c < 0.65:
                v = value()
                s.add(v)
                ops.append(["add", v])
            elif c < 0.93:
                v = value()
                s.discard(v)
                ops.append(["discard", v])
            elif s:
                v = s.pop()
                ops.append(["pop", v])
            if step % 7 == 0 or r.random() < 0.05:
                ops.append(["check", list(s)])
        ops.append(["check", list(s)])
        # Whole-set operations on the final set against a second one.
        # Built by adds in the recorded order, so both sides have the same table.
        other_items = [value() for _ in range(r.randint(0, 30))]
        other = set()
        for v in other_items:
            other.add(v)
        derived = {
            "or": list(s | other), "and": list(s & other), "sub": list(s - other), "xor": list(s ^ other),
            "rsub": list(other - s), "copy": list(s.copy()), "frozen": list(frozenset(s)),
            "fromlist": list(set(list(s))), "hash": hash(frozenset(s)),
        }
        t = set(s)
        t.intersection_update(other)
        derived["iand"] = list(t)
        t = set(s)
        t.symmetric_difference_update(other)
        derived["ixor"] = list(t)
        t = set(s)
        t.difference_update(other)
        derived["isub"] = list(t)
        t = set(s)
        t.update(other)
        derived["ior"] = list(t)
        cases.append({"seed": seed, "kind": kind, "ops": ops, "other": other_items, "derived": derived})
    return cases


def encode(v):
    return ["s", v] if isinstance(v, str) else ["i", str(v)]


def encode_ops(case):
    for op in case["ops"]:
        op[1] = [encode(x) for x in op[1]] if op[0] == "check" else encode(op[1])
    case["other"] = [encode(x) for x in case["other"]]
    for k, v in case["derived"].items():
        if k != "hash":
            case["derived"][k] = [encode(x) for x in v]
    return case


os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "containers.json"), "w") as f:
    json.dump([run(n, s) for n, s in PROGRAMS.items()], f, indent=0)
    f.write("\n")
with open(os.path.join(OUT, "scenarios.json"), "w") as f:
    json.dump({name: fn() for name, fn in SCENARIOS.items()}, f, indent=1)
    f.write("\n")
with gzip.GzipFile(os.path.join(OUT, "set_orders.json.gz"), "wb", mtime=0) as f:
    f.write(json.dumps([encode_ops(c) for c in set_orders()]).encode())
