# Unpacking in assignments: star targets, nesting, and the error messages.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
head, *mid, tail = range(5)
print(first, rest, init, last, head, mid, tail)
(x, y), [z, *w] = (1, 2), (3, 4, 5)
print(x, y, z, w)
*only, = [7, 8]
print(only)
p, *q = "a"
print(p, q)
for k, (v1, *vs) in {"a": (1, 2, 3), "b": (4,)}.items():
    print(k, v1, vs)
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
def two_from_three():
    a, b = [1, 2, 3]
def three_from_two():
    a, b, c = (1, 2)
def star_needs_two():
    a, b, *c = [1]
def from_int():
    a, b = 5
def from_none():
    a, b = None
def too_many_from_gen():
    a, b = (i for i in range(5))
def from_dict():
    a, b = {"x": 1, "y": 2}
    print("  dict keys:", a, b)
def from_str():
    a, b, c = "abcd"
def nested_bad():
    (a, b), c = [1, 2], 3
    (a, b), c = [1], 3
attempt("two from three", two_from_three)
attempt("three from two", three_from_two)
attempt("star needs two", star_needs_two)
attempt("from int", from_int)
attempt("from None", from_none)
attempt("too many from generator", too_many_from_gen)
attempt("from dict", from_dict)
attempt("from str", from_str)
attempt("nested", nested_bad)
i = 0
items = [0, 0]
i, items[i] = 1, "set"
print(i, items)
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
