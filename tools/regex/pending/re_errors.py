# re.error messages (from the pure-Python parser) and engine-level type errors.
import re

for pattern in ["(", ")", "a{2,1}", "[z-a]", "(?<=a+)b", "\\", "(?P<1>a)", "(?P<a>x)(?P<a>y)", "*a", "a**",
                "(?P=nope)", "\\9", "[", "(?<!a|bc)d", "(?z)", "(?i", "\\N{NOT A NAME}", "a{99999999999}", "(?(2)a|b)"]:
    try:
        re.compile(pattern)
        print(pattern, "compiled")
    except re.error as e:
        print(repr(pattern), "->", e, "|", e.pos, e.lineno, e.colno)
    except OverflowError as e:
        print(repr(pattern), "->", type(e).__name__, e)
try:
    re.compile("a\n(b")
except re.error as e:
    print(e)
for call in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 1),
             lambda: re.sub("(a)", r"\2", "a"), lambda: re.sub("a", r"\q", "a"), lambda: re.compile("a", re.L),
             lambda: re.match("(a)", "a").group(2), lambda: re.match("(a)", "a").group("x")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
