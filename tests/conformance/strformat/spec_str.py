# Format-spec mini language for str: fill, align, width, precision, errors.
def fmt(v, s):
    try:
        return format(v, s)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

specs = ["", "s", "10", "<10", ">10", "^10", "^11", "*^9", ".2", "10.2", ">10.3", "-^8", "0>6", "\U0001F600<5", " ^7"]
for v in ["abc", "", "héllo", "\U0001F600x", "longer than ten"]:
    print(repr(v), [fmt(v, s) for s in specs])
show("=", lambda: format("abc", "=10"))
show("+", lambda: format("abc", "+"))
show("space", lambda: format("abc", " "))
show("#", lambda: format("abc", "#"))
show(",", lambda: format("abc", ","))
show("d", lambda: format("abc", "d"))
show("0 width", lambda: format("abc", "010"))
show("z", lambda: format("abc", "z"))
show("empty spec obj", lambda: format(object.__new__(object), "").startswith("<object"))
show("object spec", lambda: format(object(), "s"))
show("list spec", lambda: format([1, 2], ">10"))
show("list empty spec", lambda: format([1, 2], ""))
show("None spec", lambda: format(None, "s"))
show("format()", lambda: format())
show("format spec not str", lambda: format("a", 5))
class Fmt:
    def __format__(self, spec):
        return "Fmt(" + spec + ")"
class BadFmt:
    def __format__(self, spec):
        return 42
show("custom", lambda: format(Fmt(), "xyz"))
show("custom f-string", lambda: f"{Fmt():abc}{Fmt()!r:>3}"[:6])
show("custom bad", lambda: format(BadFmt(), ""))
show("type format", lambda: format(int, ""))
show("str subclass", lambda: format(type("S", (str,), {})("abc"), ">5"))
show("precision 0", lambda: format("abc", ".0"))
show("width+prec unicode", lambda: format("日本語テキスト", "^10.4"))
