# check: stderr
# compile() of a multi-line snippet with an error on its third line, left uncaught.
good = compile("a = 1\nb = a + 1\n", "<good>", "exec")
ns = {}
exec(good, ns)
print(ns["a"], ns["b"])
print(eval(compile("3 * 7", "<expr>", "eval")))
for mode, src in [("eval", "x = 1"), ("exec", "if True:\npass"), ("single", "1 2")]:
    try:
        compile(src, "<m>", mode)
    except SyntaxError as e:
        print(mode, type(e).__name__, e.msg, e.lineno)
for src in ["1 +* 2", "(]", "def", "x = 1\n  y = 2"]:
    try:
        compile(src, "<loop>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.msg, e.lineno, e.offset)
print(eval("1 +\\\n 2"))
ns2 = {}
exec(compile("def f(a, b=2):\n    return a * b\n", "<def>", "exec"), ns2)
print(ns2["f"](4))
snippet = "total = 0\nfor i in range(3):\n    total += i)\n"
code = compile(snippet, "<generated>", "exec")
