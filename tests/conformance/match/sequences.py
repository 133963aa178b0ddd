# Sequence patterns with star captures; str/bytes are not sequences for matching.
def shape(x):
    match x:
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case [single]:
            return f"single={single}"
        case []:
            return "empty"
        case _:
            return "not a sequence"
for v in [[1, 2, 3, 4], (1, 2), [7], [], "abc", b"ab", bytearray(b"x"), range(4),
          {1, 2}, {"a": 1}, iter([1, 2])]:
    print(type(v).__name__, "->", shape(v))
def head_tail(x):
    match x:
        case [h, *t]:
            return h, t
print(head_tail([1, 2, 3]), head_tail((4,)), head_tail([]))
def star_positions(x):
    match x:
        case [*init, 0]:
            return ("ends in zero", init)
        case [1, *rest]:
            return ("starts with one", rest)
        case [*_, "x"] if False:
            return "impossible"
        case [_, _, *_]:
            return "two or more"
    return "no match"
for v in [[5, 0], [1, 9, 9], [3, 4, 5], [0], (1,)]:
    print(v, star_positions(v))
match [1, [2, 3], (4, [5, 6])]:
    case [a, [b, *c], (d, [*e])]:
        print("deep", a, b, c, d, e)
class MySeq(list):
    pass
match MySeq([1, 2]):
    case [x, y]:
        print("list subclass matches", x, y)
match (1, 2, 3):
    case [1, 2]:
        print("no")
    case (1, *rest):
        print("tuple star rest is a list:", rest, type(rest).__name__)
match "ab":
    case [a, b]:
        print("string matched as sequence?!")
    case str(s):
        print("string only matches str():", s)
try:
    compile("match x:\n    case [*a, *b]:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
