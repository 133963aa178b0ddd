# match, case, type and _ stay ordinary names outside their statements.
match = 1
case = 2
type = 3
_ = 4
match.attr = case
match[0] = type
match(x)
match(x, y)[z] = 1
print(match, case, type, _)
match -x:
    case _: pass
match [a, b]:
    case [match, case]: pass
match {1: 2}:
    case {1: type}: pass
def match(case, type): return case + type
class type: pass
type.x = 1
type(x)
type = lambda match: match
x = [match for match in case]
match match:
    case case: pass
type type = type
type T = int
