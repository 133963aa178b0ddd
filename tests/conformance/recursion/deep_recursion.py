# Unbounded recursion raises RecursionError; the program recovers afterwards.
def forever(n):
    return forever(n + 1)
def report(label, fn, *args):
    try:
        fn(*args)
        print(label, "returned")
    except RecursionError as e:
        print(label, type(e).__name__, "maximum recursion depth exceeded" in str(e))
        print("  is RuntimeError:", isinstance(e, RuntimeError))
report("forever", forever, 0)
def build(n):
    return [build(n + 1)]
report("build", build, 0)
class Deep:
    def method(self, n):
        return self.method(n + 1)
report("method", Deep().method, 0)
f = lambda n: f(n + 1)
report("lambda", f, 0)
def with_locals(a, b, c):
    x = [a, b, c]
    return with_locals(*x)
report("star args", with_locals, 1, 2, 3)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("after recovery, fact(50) =", fact(50))
print("fact(200) digits:", len(str(fact(200))))
count = 0
for _ in range(3):
    try:
        forever(0)
    except RecursionError:
        count += 1
print("caught", count, "times")
def kw_recursion(*, depth):
    return kw_recursion(depth=depth + 1)
report("keyword only", lambda: kw_recursion(depth=0))
