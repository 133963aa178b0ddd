# ast.parse + ast.dump (plain, indent, include_attributes) and ast.unparse over snippets that
# cover every statement and expression kind, patterns, type parameters and f/t-strings.
import ast

SNIPPETS = [
    "x = 1",
    "a, *b = c = d",
    "x: int = 5\ny: 'str'\n(z): list[int]",
    "x += 1; y -= 2; z *= 3; w @= m; v /= 2; u //= 3; t %= 4; s **= 5; r <<= 1; q >>= 2; p |= 1; o ^= 1; n &= 1",
    "del a, b[0], c.d",
    "pass\nbreak_ = 1",
    "for i in range(10):\n    if i % 2:\n        continue\n    else:\n        break\nelse:\n    pass",
    "while x > 0:\n    x -= 1\nelse:\n    y = 2",
    "if a:\n    b\nelif c:\n    d\nelse:\n    e",
    "with open(f) as g, lock:\n    pass",
    "async def f():\n    async with a as b:\n        await b\n    async for i in c:\n        yield i\n    return [j async for j in d]",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    '''doc'''\n    return a",
    "@dec\n@dec2(1)\ndef g(): ...",
    "class C(B, metaclass=M):\n    x = 1\n    def m(self): return self.x",
    "raise E from e\nraise",
    "try:\n    f()\nexcept (A, B) as e:\n    pass\nexcept C:\n    raise\nelse:\n    g()\nfinally:\n    h()",
    "try:\n    f()\nexcept* ValueError as eg:\n    pass",
    "except_ = 1\ntry:\n    pass\nexcept A, B:\n    pass",
    "assert x, 'msg'",
    "import os, sys as system\nfrom . import a\nfrom ..b.c import d as e, f\nfrom x import *",
    "def f():\n    global g\n    nonlocal_ = 1\n    def h():\n        nonlocal nonlocal_",
    "x = a and b or not c",
    "y = (n := 10) + -x + ~x + +x",
    "z = a + b - c * d / e // f % g ** h @ i << j >> k | l ^ m & n",
    "f = lambda x, *y, z=1, **w: x",
    "v = a if b else c",
    "d = {1: 2, **e, 'k': v}\ns = {1, 2, *t}\nl = [1, *m]\nt = (1,)\nu = ()",
    "c = [x for x in y if x if not x]\nd = {x for x in y}\ne = {k: v for k, v in z.items()}\ng = (x for x in y for z in x)",
    "a < b <= c > d >= e == f != g is h is not i in j not in k",
    "f(a, *b, c=d, **e)\nx.y.z\nx[1:2, ::3, ...]\nx[a:b:c]",
    "s = f'{x!r:>{width}} {y=} {z:.2f} {{}}'",
    "t = t'hello {name!s:>10}'",
    "b = b'bytes' + u'u' + 'a' 'b'",
    "n = (1, 1.5, 2j, 10**100, True, None, ..., -0.0, 1e300 * 10)",
    "match cmd:\n    case [1, 2, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) | Point(1, 2):\n        pass\n    case str() as s if s:\n        pass\n    case None | True | -1 | 1+2j:\n        pass\n    case _:\n        pass",
    "type Alias[T: int, *Ts, **P] = list[T]",
    "def g[T = int, U: (str, bytes)](x: T) -> U: pass\nclass K[V]: pass",
    "async def a():\n    await x\n    return (yield)",
    "def gen():\n    yield from g\n    x = yield 1",
    "print(*a, sep='')",
    "# comment only\n",
    "",
]

for src in SNIPPETS:
    print("=" * 20, repr(src))
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.unparse(tree))
    print(ast.dump(ast.parse(ast.unparse(tree))) == ast.dump(tree))

print("=" * 20, "indent and attributes")
tree = ast.parse("def f(x):\n    return x + 1\n\nprint(f(2))")
print(ast.dump(tree, indent=4))
print(ast.dump(tree, indent="\t", include_attributes=True))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, show_empty=True))
print(ast.dump(ast.parse("x = 'é' + '\\U0001F600'", mode="exec"), include_attributes=True))

print("=" * 20, "modes")
print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> list[int]", mode="func_type")))
print(ast.dump(ast.parse("x = 1  # type: int", type_comments=True)))
print(ast.dump(ast.parse("import a  # type: ignore[abc]\ndef f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\nfor x in y:  # type: int\n    pass\n# type: ignore\n", type_comments=True), include_attributes=True))
print(ast.dump(ast.parse("x = __debug__\nmatch y:\n    case -1: pass", optimize=1)))
print(ast.dump(compile("a.b = c", "<s>", "exec", ast.PyCF_ONLY_AST)))
print(ast.dump(compile(b"x", "<s>", "eval", flags=ast.PyCF_ONLY_AST)))
