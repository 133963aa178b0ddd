# string and _string: Formatter (formatter_parser, formatter_field_name_split), Template, constants.
import _string
import string


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for s in ["a{{b}}c{0!r:>{w}}d{x[1].y}e{}", "", "abc", "{", "}", "a}", "{0!}", "{0!r", "{0!rx}", "{a{b}", "{0:{1}}x", "{!r}", "{[}", "{0[}", "{0]}", "x{0}", "{0:}", "{0!s:}", "é{ü}€"]:
    show("parse %r" % s, lambda: list(_string.formatter_parser(s)))
for f in ["a.b[c][0]", "0.x", "", "[1]", "a[", "a.", "a[b]c", "a..b", "1[x]", "a[]", "10"]:
    show("split %r" % f, lambda: (lambda first, rest: (first, list(rest)))(*_string.formatter_field_name_split(f)))
show("parser type", lambda: _string.formatter_parser(1))

fmt = string.Formatter()
print(fmt.format("{0}-{name}-{0!r}-{1:>5}|{2[1]}|{3.real}", "a", 42, [7, 8], 3j, name="n"))
print(fmt.format("{:{w}.{p}f}", 3.14159, w=10, p=2))
print(fmt.vformat("{a}{b}", (), {"a": 1, "b": 2}))
show("formatter missing", lambda: fmt.format("{0}{1}"))
show("formatter mixing", lambda: fmt.format("{}{0}", 1, 2))
show("formatter conversion", lambda: fmt.format("{0!x}", 1))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()

    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "<%s>" % key) if isinstance(key, str) else args[key]


print(Upper().format("{a} {0} {b}", "x", a="y"))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="pie"), t.safe_substitute(who="tim"))
show("template missing", lambda: t.substitute(who="x"))
print(t.get_identifiers(), t.is_valid())
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.capwords("  hello   wORLD  "), string.capwords("a-b-c", "-"))
