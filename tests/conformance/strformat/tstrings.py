# PEP 750 template strings: BUILD_INTERPOLATION / BUILD_TEMPLATE and string.templatelib.
from string.templatelib import Template, Interpolation, convert

name = "World"
width = 8
t = t"Hello {name!r:>{width}} and {1 + 2 = }!"
print(type(t).__module__, type(t).__qualname__, type(t.interpolations[0]).__qualname__)
print(repr(t))
print(t.strings)
print(t.values)
print(list(t))
for i in t.interpolations:
    print(i.value, i.expression, i.conversion, i.format_spec)
    match i:
        case Interpolation(value, expression, conversion, format_spec):
            print("matched", value, expression, conversion, format_spec)
print(repr(t""), list(t""), repr(t"{name}"))
print(repr(t"a" + t"{name}b" + t"c"))
print(repr(Template("a", "b", Interpolation(1), Interpolation(2, "x", "s", "5"), "c")))
print(repr(Interpolation(3, "e", None, ">4")), Interpolation.__match_args__)


def render(template):
    parts = []
    for item in template:
        if isinstance(item, str):
            parts.append(item)
        else:
            parts.append(format(convert(item.value, item.conversion), item.format_spec))
    return "".join(parts)


print(render(t))
print(render(t"{3.14159:.2f}|{'x'!a}|{name!s:^9}|"))
print(t"x" == t"x", t.interpolations[0] == t.interpolations[0])
for bad in [lambda: Template(1), lambda: Template(a=1), lambda: Interpolation(), lambda: Interpolation(1, 2),
            lambda: Interpolation(1, "e", "x"), lambda: Interpolation(1, "e", None, 3),
            lambda: t"a" + "b", lambda: "b" + t"a", lambda: Interpolation(1, "x", "r", "y", 5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    t.strings = ()
except AttributeError as e:
    print("AttributeError", e)
print(Interpolation(1).__reduce__())
r = t.__reduce__()
print(r[0].__name__, r[1])
print(repr(r[0](*r[1])))
