# iter(), iter(callable, sentinel), next() with default, StopIteration details, reversed, enumerate.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, repr(str(e)))
    else:
        print(label, "->", repr(r))

it = iter([1, 2])
show("next", lambda: next(it))
show("next", lambda: next(it))
show("next end", lambda: next(it))
show("next default", lambda: next(it, "dflt"))
show("next default None", lambda: next(it, None))
show("next non-iterator", lambda: next([1]))
show("iter int", lambda: iter(5))
show("iter str", lambda: list(iter("ab")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
show("iter sentinel", lambda: list(iter(tick, 5)))
show("iter sentinel not callable", lambda: iter(5, 5))
lines = iter(["a", "b", "", "c"])
show("iter readline style", lambda: list(iter(lambda: next(lines), "")))
show("iter is iter", lambda: (lambda i: iter(i) is i)(iter([])))
show("enumerate", lambda: list(enumerate("abc")))
show("enumerate start", lambda: list(enumerate("abc", start=10)))
show("enumerate neg start", lambda: list(enumerate("ab", -1)))
show("enumerate big start", lambda: list(enumerate("ab", 2 ** 64)))
show("enumerate float start", lambda: enumerate("ab", 1.5))
show("reversed list", lambda: list(reversed([1, 2, 3])))
show("reversed str", lambda: list(reversed("abc")))
show("reversed range", lambda: list(reversed(range(3))))
show("reversed dict", lambda: list(reversed({"a": 1, "b": 2})))
show("reversed set", lambda: reversed({1, 2}))
show("reversed gen", lambda: reversed(x for x in "ab"))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 11
show("reversed seq protocol", lambda: list(reversed(Seq())))
show("iter seq protocol", lambda: list(iter(Seq())))
show("in seq protocol", lambda: 22 in Seq())
class OldIter:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return "x" * i
show("getitem iteration", lambda: list(OldIter()))
class BadIter:
    def __iter__(self):
        return 5
show("bad __iter__", lambda: iter(BadIter()))
def gen():
    yield 1
    return "ret"
g = gen()
show("gen next", lambda: next(g))
show("gen stop value", lambda: next(g))
try:
    next(gen().__iter__().__class__.__name__ and iter(()))
except StopIteration as e:
    print("StopIteration args", e.args, e.value)
g2 = gen()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("StopIteration value", e.args, e.value)
