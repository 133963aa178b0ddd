# Literal patterns: numbers, strings, None/True/False, negative and complex literals.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case -1 + 2j:
            return "complex"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case "a" "b":
            return "concatenated"
        case _:
            return "other " + repr(x)
for v in [0, 1, 3, -1, 1.5, 2j, -1 + 2j, "hello", b"bytes", None, True, False,
          "ab", 0.0, 1.0, 4, "Hello", [], 3.0, -0.0]:
    print(repr(v), "->", describe(v))
def identity_vs_equality(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "== 1"
        case _:
            return "neither"
print(identity_vs_equality(1), identity_vs_equality(True), identity_vs_equality(1.0))
class Eq:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return other == "match me"
match Eq():
    case "no":
        print("no")
    case "match me":
        print("matched via __eq__")
match "match me":
    case 1 | "match me":
        print("or of literals")
