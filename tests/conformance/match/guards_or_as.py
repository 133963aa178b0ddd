# Guards, OR patterns binding the same names, and AS patterns.
def f(x):
    match x:
        case [a, b] | (a, b, _) if a == b:
            return f"pair-ish with equal {a}"
        case [int() | float() as n, *_] if n > 100:
            return f"big first number {n}"
        case [(1 | 2 | 3) as small, *rest]:
            return f"starts small {small}, rest {rest}"
        case {"k": (str() | bytes()) as v}:
            return f"string-like {v!r}"
        case ([x, y] as inner) | (x, y, inner):
            return f"x={x} y={y} inner={inner}"
        case (str() as s) if len(s) > 3:
            return "long string " + s
        case str() as s:
            return "short string " + s
        case _:
            return "nothing"
for v in [[4, 4], (5, 5, 9), [500.5, 1], [2, 0, 0], {"k": b"x"}, {"k": 1},
          [8, 9], (7, 8, "z"), "abcdef", "ab", 3.3]:
    print(repr(v), "->", f(v))
calls = []
def check(tag, result):
    calls.append(tag)
    return result
match 10:
    case 1 if check("guard1", True):
        pass
    case 10 if check("guard2", False):
        pass
    case int() if check("guard3", True):
        print("guards only run when the pattern matched:", calls)
try:
    compile("match x:\n    case [a] | [b]:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("match x:\n    case a | 1:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
match [1, [2, 3]]:
    case [_, [_, _] as whole] as everything:
        print(whole, everything)
try:
    compile("match x:\n    case 1 as _:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
