# exec/eval/compile with globals and locals dicts, modes, and error reporting.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

show("eval", lambda: eval("1 + 2 * 3"))
show("eval globals", lambda: eval("x * y", {"x": 6, "y": 7}))
show("eval locals", lambda: eval("x + y", {"x": 1}, {"y": 10}))
show("eval locals shadow", lambda: eval("x", {"x": 1}, {"x": 2}))
show("eval builtins present", lambda: eval("len('abc')", {}))
show("eval no builtins", lambda: eval("len('abc')", {"__builtins__": {}}))
show("eval name error", lambda: eval("undefined_thing"))
show("eval syntax", lambda: eval("1 +"))
show("eval statement", lambda: eval("x = 1"))
show("eval whitespace", lambda: eval("  \t 5 + 1\n"))
show("eval bytes", lambda: eval(b"2 ** 10"))
show("eval code", lambda: eval(compile("3 * 3", "<s>", "eval")))
show("eval non-str", lambda: eval(5))
show("eval lambda", lambda: eval("lambda a: a * 2")(21))
show("eval comprehension globals", lambda: eval("[v * k for v in range(3)]", {"k": 10}))
g = {}
exec("a = 5\ndef f(n):\n    return n + a\nb = f(10)", g)
show("exec globals", lambda: (g["a"], g["b"], g["f"](1), "__builtins__" in g))
g2 = {"base": 100}
l2 = {}
exec("c = base + 1\nd = c * 2", g2, l2)
show("exec locals", lambda: (sorted(l2.items()), "c" in g2))
show("exec returns", lambda: exec("1"))
show("exec syntax error", lambda: exec("def f(:\n  pass"))
show("exec raise", lambda: exec("raise ValueError('inside exec')"))
show("exec code", lambda: (lambda ns: (exec(compile("z = 9", "<x>", "exec"), ns), ns["z"])[1])({}))
show("compile single", lambda: exec(compile("q = 1", "<single>", "single"), {}))
show("compile bad mode", lambda: compile("1", "<s>", "bogus"))
show("compile eval stmt", lambda: compile("x = 1", "<s>", "eval"))
show("compile filename", lambda: compile("1", "myfile.py", "eval").co_filename)
show("compile type", lambda: type(compile("pass", "<s>", "exec")).__name__)
show("syntax error attrs", lambda: (lambda: compile("a b", "f.py", "exec"))())
try:
    compile("x = (1,\n", "prog.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    exec("1/0", {})
except ZeroDivisionError as e:
    print(type(e).__name__, e)
ns = {"__name__": "custom"}
exec("import sys\nname_seen = __name__\nmod_type = type(sys).__name__", ns)
print(ns["name_seen"], ns["mod_type"])
def scope():
    x = 1
    exec("x = 2")
    return x
print(scope(), eval("globals() is g", {"g": None}) if False else "")
