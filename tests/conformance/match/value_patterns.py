# Value patterns (dotted names) compare with ==; bare names capture.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = 3
class Http:
    class Status:
        OK = 200
        NOT_FOUND = 404
import math
def classify(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Http.Status.OK:
            return "ok"
        case Http.Status.NOT_FOUND:
            return "not found"
        case math.pi:
            return "pi"
        case _:
            return "unknown"
for v in ["red", "green", 3, 3.0, 200, 404, math.pi, "RED", None]:
    print(repr(v), "->", classify(v))
RED = "red"
match "blue":
    case RED:
        print("bare name captures anything; RED is now", RED)
Color.GREEN = "lime"
print(classify("lime"), classify("green"))
class Counter:
    calls = 0
    @property
    def VALUE(self):
        Counter.calls += 1
        return 7
c = Counter()
match 7:
    case c.VALUE:
        print("matched property value; lookups:", Counter.calls)
match 8:
    case c.VALUE:
        pass
    case c.VALUE:
        pass
    case _:
        print("lookups now:", Counter.calls)
class Missing:
    pass
try:
    match 1:
        case Missing.attr:
            pass
except AttributeError as e:
    print(type(e).__name__, e)
