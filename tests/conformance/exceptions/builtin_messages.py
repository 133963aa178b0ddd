# Messages of exceptions the runtime raises itself.
n, s, none = 5, 'x', None
def t(src):
    try:
        eval(src)
        print(src, "-> no error")
    except Exception as e:
        print(f"{src:28} {type(e).__name__}: {e}")
for src in [
    "1 + 'a'", "'a' + 1", "[1] + (2,)", "1 / 0", "1 // 0", "1 % 0", "1.0 / 0",
    "2 ** -1 // 0", "int('abc')", "int('12', 1)", "float('x')", "[][0]",
    "(1,)[5]", "'abc'[10]", "{}['k']", "None.attr", "(1).nope", "len(5)",
    "undefined_thing", "n()", "s()", "[1, 2][:'a']", "none[0]", "n[0]",
    "{[]: 1}", "hash([])", "abs('x')", "-'x'", "~1.5", "'a' * 'b'",
    "[1, 2].index(9)", "(1, 2).index(9)", "'abc'.index('z')", "list(5)",
    "iter(5)", "next([])", "1 < 'a'", "[] > 0", "divmod(1, 0)", "chr(-1)",
    "ord('ab')", "int(None)", "sum(['a', 'b'])", "max([])", "min(())",
    "dict([1, 2])", "'%d' % 'x'", "'{}'.format()", "'{0}{1}'.format(1)",
    "round('x')", "pow(0, -1)",
]:
    t(src)
