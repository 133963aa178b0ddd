# compile() of ASTs: parse -> compile -> run round trips, trees built or changed in Python
# (NodeTransformer, fix_missing_locations), PyCF flags, and CPython's errors for bad trees.
import ast

PROGRAMS = [
    "print(sum(i * i for i in range(10)))",
    "def f(a, b=2, *args, c, **kw):\n    return a + b + c + len(args) + len(kw)\nprint(f(1, c=3, d=4))",
    "class P:\n    def __init__(self, x): self.x = x\n    def __repr__(self): return f'P({self.x!r})'\nprint([P(i) for i in 'ab'])",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nfinally:\n    print('finally')",
    "match [1, 2, 3]:\n    case [1, *rest]:\n        print('rest', rest)",
    "x = {k: v for k, v in zip('abc', range(3))}\nprint(x, sorted({*x}), [*x.values()])",
    "import math\nprint(math.floor(2.5), (lambda q: q ** 2)(7))",
    "def gen():\n    yield from range(3)\nprint(list(gen()))",
    "with open(__file__ if '__file__' in dir() else '/dev/null') as fh:\n    pass\nprint('with ok')",
    "a = b = 5\na += 1\ndel b\nprint(a, 'b' in dir())",
    "n = 0\nwhile (n := n + 1) < 5:\n    if n == 2: continue\nelse:\n    print('while', n)",
    "print(1 if __debug__ else 0, 'é', b'\\x00\\xff', 1e300 * 1e10, -0.0, 2 ** 100, 3j)",
]

for src in PROGRAMS:
    tree = ast.parse(src)
    code = compile(tree, "<ast>", "exec")
    exec(code, {"__name__": "roundtrip"})

print("== eval and single modes")
print(eval(compile(ast.parse("6 * 7", mode="eval"), "<e>", "eval")))
exec(compile(ast.parse("print('single')", mode="single"), "<s>", "single"))
co = compile("x = 1", "<f>", "exec", ast.PyCF_ONLY_AST)
again = compile(co, "<f>", "exec", ast.PyCF_ONLY_AST)
print(type(co).__name__, again is co, ast.dump(again) == ast.dump(co))
print(ast.dump(compile(ast.parse("y = __debug__"), "<o>", "exec", ast.PyCF_OPTIMIZED_AST)))


class Doubler(ast.NodeTransformer):
    """Doubles integer constants and renames f to g."""

    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Name(self, node):
        if node.id == "f":
            node.id = "g"
        return node


class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None


print("== NodeTransformer")
src = "def g(x):\n    pass\n    return x + 1\nprint(f(20), [1, 2, 3])"
tree = Doubler().visit(ast.parse(src))
tree = DropPass().visit(tree)
print(ast.unparse(tree))
exec(compile(tree, "<t>", "exec"))

print("== built by hand")
call = ast.Call(ast.Name("print"), [ast.Constant("built"), ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10))], [ast.keyword("sep", ast.Constant("|"))])
mod = ast.Module([ast.Expr(call)], [])
ast.fix_missing_locations(mod)
exec(compile(mod, "<hand>", "exec"))
func = ast.FunctionDef(
    "add", ast.arguments(args=[ast.arg("a"), ast.arg("b")], defaults=[ast.Constant(10)]),
    [ast.Return(ast.BinOp(ast.Name("a"), ast.Add(), ast.Name("b")))])
mod = ast.fix_missing_locations(ast.Module([func, ast.Expr(ast.Call(ast.Name("print"), [ast.Call(ast.Name("add"), [ast.Constant(1)])]))]))
print(ast.unparse(mod))
exec(compile(mod, "<hand>", "exec"))
tree = ast.parse("x = 1\n1/0")
ast.increment_lineno(tree, 100)
try:
    exec(compile(tree, "<div>", "exec"))
except ZeroDivisionError as e:
    print("line", e.__traceback__.tb_next.tb_lineno)

print("== errors")


def attempt(make, mode="exec", flags=0):
    try:
        tree = make()
        compile(tree, "<bad>", mode, flags)
        print("compiled")
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)


def edit(src, change):
    def make():
        tree = ast.parse(src)
        change(tree)
        return tree
    return make


def set_(path, value):
    def change(tree):
        obj = tree
        for part in path[:-1]:
            obj = obj[part] if isinstance(part, int) else getattr(obj, part)
        setattr(obj, path[-1], value)
    return change


def delete(path):
    def change(tree):
        obj = tree
        for part in path[:-1]:
            obj = obj[part] if isinstance(part, int) else getattr(obj, part)
        delattr(obj, path[-1])
    return change


attempt(lambda: 42)
attempt(lambda: ast.parse("x"), "eval")
attempt(lambda: ast.Expression(ast.Constant(1)), "exec")
attempt(lambda: ast.Module([ast.Pass()], []))
attempt(edit("y = x", delete(["body", 0, "value", "ctx"])))
attempt(edit("y = x", delete(["body", 0, "value", "id"])))
attempt(edit("y = x", set_(["body", 0, "value", "id"], None)))
attempt(edit("y = x", delete(["body", 0, "lineno"])))
attempt(edit("y = x", delete(["body", 0, "end_lineno"])))
attempt(edit("y = x", set_(["body", 0, "value"], 3)))
attempt(edit("y = x", set_(["body", 0, "value"], None)))
attempt(edit("y = x", set_(["body", 0, "targets"], ())))
attempt(edit("y = x", set_(["body", 0, "targets"], [])))
attempt(edit("y = x", set_(["body", 0, "value", "ctx"], ast.Store())))
attempt(edit("y = x", set_(["body", 0, "value", "ctx"], ast.Add())))
attempt(edit("y = x", set_(["body", 0, "value", "lineno"], "a")))
attempt(edit("y = x", set_(["body", 0, "value", "id"], 1)))
attempt(edit("y = x", set_(["body", 0, "value"], ast.Constant([1], lineno=1, col_offset=4))))
attempt(edit("y = x", set_(["body", 0, "value"], ast.Constant(1, lineno=1, col_offset=4))))
attempt(edit("def f(): pass", set_(["body", 0, "body"], [])))
attempt(edit("None", set_(["body", 0, "value"], ast.Name("None", lineno=1, col_offset=0))))
attempt(edit("f(x)", lambda t: t.body[0].value.args.__setitem__(0, ast.Pass(lineno=1, col_offset=2))))
attempt(edit("x = 1", lambda t: (setattr(t.body[0].value, "lineno", 3), setattr(t.body[0].value, "end_lineno", 2))))
attempt(edit("x.y = 1", set_(["body", 0, "targets", 0, "ctx"], ast.Load())))
attempt(edit("a < b", set_(["body", 0, "value", "ops"], [])))
attempt(edit("a < b", set_(["body", 0, "value", "ops"], [ast.Lt(), ast.Gt()])))
attempt(edit("import x", set_(["body", 0, "names"], [])))
attempt(edit("del x", set_(["body", 0, "targets", 0, "ctx"], ast.Load())))
attempt(edit("if x: pass", set_(["body", 0, "body"], [None])))
attempt(edit("try:\n  pass\nfinally:\n  pass", set_(["body", 0, "finalbody"], [])))
attempt(edit("a and b", set_(["body", 0, "value", "values"], [ast.Name("a", lineno=1, col_offset=0)])))
attempt(edit("{1: 2}", set_(["body", 0, "value", "keys"], [])))
attempt(edit("x = 1", set_(["body", 0, "value", "kind"], 5)))
attempt(edit("x = 1", set_(["body", 0, "value", "value"], {1})))
attempt(edit("from . import a", set_(["body", 0, "level"], -1)))
attempt(edit("(x := 1)", set_(["body", 0, "value", "target"], ast.Attribute(ast.Name("a", ctx=ast.Load(), lineno=1, col_offset=1), "b", ast.Store(), lineno=1, col_offset=1))))
attempt(lambda: ast.parse("return 1"))


def pattern(p):
    return lambda: ast.fix_missing_locations(ast.Module([ast.Match(ast.Name("x", ast.Load()), [ast.match_case(p, body=[ast.Pass()])])]))


attempt(pattern(ast.MatchAs(name="_")))
attempt(pattern(ast.MatchAs(pattern=ast.MatchAs(name="a"))))
attempt(pattern(ast.MatchSequence([ast.MatchStar("_")])))
attempt(pattern(ast.MatchMapping(keys=[ast.Constant(1)], patterns=[])))
attempt(pattern(ast.MatchClass(ast.Name("C", ast.Load()), [], ["a"], [])))
attempt(pattern(ast.MatchValue(ast.Name("y", ast.Load()))))
attempt(pattern(ast.MatchSingleton(1)))
attempt(pattern(ast.MatchOr([ast.MatchAs(name="a")])))
attempt(pattern(ast.MatchAs(name="None")))
attempt(pattern(ast.MatchValue(ast.Constant(1))))
attempt(pattern(ast.MatchMapping(keys=[ast.Name("y", ast.Load())], patterns=[ast.MatchAs()])))
attempt(lambda: ast.Module([ast.Pass()], []), "exec", ast.PyCF_ONLY_AST)
attempt(lambda: ast.Module([ast.Pass()], []), "exec", ast.PyCF_OPTIMIZED_AST)
try:
    compile("x = (", "<src>", "exec", ast.PyCF_ONLY_AST)
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    compile("return", "<src>", "exec", ast.PyCF_ONLY_AST)
    print("parsed a top-level return")
    exec(compile(ast.parse("return"), "<src>", "exec"))
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
