class S(str): pass
for t in ["a b  c", "  lead and trail  ", "", "   ", "one", "x\u3000y\x1cz\x85w", "tab\tnew\nline\r\x0bv\x0cf", "é ü", "😀 a", S("sub class"), S("whole")]:
    r = t.split()
    print(repr(t), r, [type(x).__name__ for x in r], r and r[0] is t)
print("a b c".split(None), "a b c".split(maxsplit=1), "a,b".split(","), "a b".rsplit())
