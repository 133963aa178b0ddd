# Star and double-star unpacking in calls and literals.
def show(*args, **kwargs):
    return f"args={args} kwargs={dict(sorted(kwargs.items()))}"
print(show(*[1, 2], *"ab", 3))
print(show(**{"a": 1}, b=2, **{"c": 3}))
print(show(*(), **{}))
print(show(*range(3), x=1, *[9]))
print([*range(3), *"xy", 0])
print((*[1], *(2, 3)))
print({*[1, 2], *{2, 3}})
print({**{"a": 1, "b": 2}, "b": 20, **{"c": 3}})
print({"a": 0, **{"a": 1}})
print([*{"k": 1, "j": 2}])
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
print(f(*[1, 2]), f(1, *[2, 5]), f(**{"a": 1, "b": 2, "d": 0}))
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__ + ":", e)
attempt("dup keyword", lambda: show(a=1, **{"a": 2}))
attempt("dup in two dicts", lambda: show(**{"a": 1}, **{"a": 2}))
attempt("star non-iterable", lambda: show(*5))
attempt("double star non-mapping", lambda: show(**[1]))
attempt("non-str keys", lambda: show(**{1: 2}))
attempt("missing arg", lambda: f(*[1]))
attempt("too many args", lambda: f(*[1, 2, 3, 4]))
attempt("unexpected kw", lambda: f(1, 2, **{"e": 5}))
attempt("star none", lambda: [*None])
attempt("dict star in literal", lambda: {**[("a", 1)]})
class Keys:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
print(show(**Keys()), {**Keys()})
print(*[1, 2, 3], sep="-")
print(*"abc")
first, *_ = [*"xyz"]
print(first)
