# Capture patterns, the wildcard, and which names are bound after a failed match.
def first(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [a, _, c]:
            return f"three, ends {a} {c}"
        case [_, _, _, *_]:
            return "four or more"
        case other:
            return f"not a list: {other!r}"
for v in [[], [1], [1, 2], (1, 2, 3), [1, 2, 3, 4], "str", 5, {1: 2}]:
    print(repr(v), "->", first(v))
match 42:
    case value:
        print("capture binds:", value)
print("value after match:", value)
match [1, 2]:
    case [p, q] if p > q:
        print("not taken")
    case _:
        print("guard failed; p and q were bound anyway:", p, q)
x = "unchanged"
match 5:
    case _:
        pass
print(x)
try:
    compile("match x:\n    case y:\n        pass\n    case 1:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("match x:\n    case [a, a]:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("match x:\n    case _:\n        pass\n    case 2:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
match = 3
case = 4
print("soft keywords as names:", match + case)
match (1, 2):
    case (a, b):
        print("tuple pattern", a, b)
match [[1, 2], [3]]:
    case [[x1, x2], [y1]]:
        print("nested", x1, x2, y1)
