# None/True/False patterns compare by identity; 1 and 1.0 compare by equality.
def check(v):
    results = []
    match v:
        case None:
            results.append("None")
        case _:
            results.append("not None")
    match v:
        case True:
            results.append("True")
        case False:
            results.append("False")
        case 1:
            results.append("equals 1")
        case 0:
            results.append("equals 0")
        case _:
            results.append("-")
    return results
for v in [None, True, False, 1, 0, 1.0, 0.0, "", [], "None"]:
    print(repr(v), check(v))
class FakeNone:
    def __eq__(self, other):
        return other is None
match FakeNone():
    case None:
        print("equality is not used for None")
    case _:
        print("FakeNone does not match None")
match [None, True]:
    case [None, True]:
        print("singletons inside sequences")
match {"flag": False}:
    case {"flag": 0}:
        print("0 pattern matches False by equality")
match {"flag": 0}:
    case {"flag": False}:
        print("no")
    case {"flag": _}:
        print("False pattern does not match 0")
import math
match float("nan"):
    case math.nan:
        print("nan matched?")
    case float(x) if x != x:
        print("nan never equals itself")
