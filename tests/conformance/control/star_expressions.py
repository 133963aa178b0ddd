# Star expressions in return, yield, for, subscripts and comprehensions.
def pair_and_more(*rest):
    return 0, *rest, 99
print(pair_and_more(1, 2))
def gen():
    yield 1, *"ab"
print(list(gen()))
extra = [3, 4]
for x in 1, 2, *extra:
    print(x, end=" ")
print()
class Sub:
    def __getitem__(self, key):
        return key
s = Sub()
idx = (1, 2)
print(s[*idx], s[0, *idx], s[*idx, 3:4])
print([*range(2), *[x * 10 for x in range(2)]])
t = *"xy", 
print(t)
a, *b = *"hello", "!"
print(a, b)
print({*"aab"} == {"a", "b"}, {**dict(a=1), "b": 2})
def f(*args):
    return args
print(f(*(i for i in range(3))), f(*{"k": 1}), f(*"", *[]))
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]])
print(len([*range(100)]), max(*[3, 9, 2]), min(*"zyx"))
try:
    exec("*a = [1]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("print(*)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("a, *b, *c = [1, 2, 3]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("x = *[1]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(*[], "only this")
print(*[1], *(), sep="|")
z = [*[], *()]
print(z)
