# check: stderr
# A SyntaxError raised by exec() at run time, caught and then uncaught.
sources = ["x = = 1", "def f(:\n    pass", "print('ok')", "1 +", "a = (1, 2", "for x in range(3) print(x)"]
for src in sources:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, "|", repr(e.text))
try:
    compile("return 5", "<snippet>", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
try:
    compile("  x = 1", "<indent>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
def run_user_code(code):
    namespace = {}
    exec(code, namespace)
    return namespace
print(run_user_code("y = 2 * 21")["y"])
run_user_code("result = [1, 2,, 3]")
