# check: stderr
# SyntaxErrors whose carets cover a range, caught and then one left uncaught.
cases = [
    "print 'hello'",
    "f(x for x in y, 1)",
    "a = 1 if b",
    "x = [1, 2 3]",
    "del f()",
    "True = 1",
    "def f(a, a): pass",
    "lambda: (yield)",
    "'unterminated",
    "x = 08",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(f"{src!r:24} {e.msg} (line {e.lineno}, cols {e.offset}-{e.end_offset})")
source = "values = [1, 2, 3]\nresult = sum(v for v in values, 10)\n"
exec(source)
