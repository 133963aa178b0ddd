# str.format: positional, automatic and manual numbering, keywords, attributes, indexing, conversions.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

class P:
    x = 3
    y = [10, 20]
    d = {"k": "v", "1": "str-one", 1: "int-one"}
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "P-str"
p = P()
show("auto", lambda: "{} {} {}".format(1, "a", 2.5))
show("manual", lambda: "{1} {0} {1}".format("a", "b"))
show("mixed", lambda: "{} {0}".format("a"))
show("mixed 2", lambda: "{0} {}".format("a"))
show("kw", lambda: "{name}={value!r}".format(name="x", value="y"))
show("attr", lambda: "{0.x} {0.y[1]}".format(p))
show("index str key", lambda: "{0[k]} {0[1]}".format(P.d))
show("index list", lambda: "{0[0]}-{0[2]}".format("abc"))
show("neg index", lambda: "{0[-1]}".format([1, 2]))
show("kw attr", lambda: "{p.x}".format(p=p))
show("conversions", lambda: "{0!s} {0!r} {0!a}".format("é"))
show("conversions obj", lambda: "{0} {0!s} {0!r}".format(p))
show("bad conversion", lambda: "{0!x}".format(1))
show("conversion then spec", lambda: "{0!r:>10}|".format("a"))
show("escape braces", lambda: "{{}} {{{0}}}".format(5))
show("single }", lambda: "a}".format())
show("single {", lambda: "{".format())
show("unclosed", lambda: "{0".format(1))
show("missing pos", lambda: "{2}".format(1, 2))
show("missing auto", lambda: "{} {}".format(1))
show("missing kw", lambda: "{nope}".format(a=1))
show("missing attr", lambda: "{0.nope}".format(p))
show("missing index", lambda: "{0[5]}".format([1]))
show("missing key", lambda: "{0[zz]}".format({}))
show("empty attr", lambda: "{0.}".format(p))
show("nested spec", lambda: "{0:{1}{2}}|".format(3.14159, ">", 10))
show("nested named", lambda: "{v:{fill}^{w}.{p}f}".format(v=2.5, fill="*", w=12, p=2))
show("nested auto", lambda: "{:{}}|{}".format("x", 5, "y"))
show("nested too deep", lambda: "{0:{1:{2}}}".format(1, 2, 3))
show("format_map", lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
show("format_map missing", lambda: "{a}-{zz}".format_map(Default(a=1)))
show("int field big", lambda: "{99999999999999999999}".format(1))
show("spaces in name", lambda: "{ a }".format(**{" a ": 1}))
show("format numbers", lambda: "{:d} {:x} {:.2f} {:e}".format(255, 255, 2.5, 1000))
show("format str as int", lambda: "{:d}".format("5"))
show("__format__ custom", lambda: "{:hello}".format(type("X", (), {"__format__": lambda self, spec: spec[::-1]})()))
show("object format spec", lambda: "{:>5}".format(object()))
show("None format", lambda: "{:>6}|{}".format(None, None))
show("list in format", lambda: "{0[0]}{0[1]}".format(["a", "b"]))
show("kwarg 0 and pos", lambda: "{0}{x}".format(1, x=2))
