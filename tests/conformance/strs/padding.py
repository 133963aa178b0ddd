# center / ljust / rjust / zfill / expandtabs with fill chars and errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

for w in [0, 1, 2, 3, 4, 5, 6, 7, 10]:
    print(w, repr("abc".center(w)), repr("ab".center(w, "*")), repr("abc".ljust(w, "-")),
          repr("abc".rjust(w, ".")), repr("42".zfill(w)), repr("-42".zfill(w)), repr("+4".zfill(w)))
show("center odd", lambda: ["a".center(n, "*") for n in range(1, 7)])
show("center even text", lambda: ["ab".center(n, "*") for n in range(2, 8)])
show("center 2-char fill", lambda: "a".center(5, "**"))
show("center empty fill", lambda: "a".center(5, ""))
show("center int fill", lambda: "a".center(5, 1))
show("ljust neg", lambda: "abc".ljust(-5))
show("rjust float", lambda: "abc".rjust(5.0))
show("zfill text", lambda: "abc".zfill(6))
show("zfill empty", lambda: "".zfill(3))
show("zfill minus only", lambda: "-".zfill(3))
show("zfill unicode", lambda: "\U0001F600".zfill(3))
show("fill non-BMP", lambda: "x".center(5, "\U0001F600"))
show("expandtabs", lambda: "a\tbc\tdef\tg".expandtabs())
show("expandtabs 4", lambda: "a\tbc\tdef\tg".expandtabs(4))
show("expandtabs 0", lambda: "a\tb".expandtabs(0))
show("expandtabs -1", lambda: "a\tb".expandtabs(-1))
show("expandtabs newline", lambda: "ab\tc\n\td\r\te".expandtabs(3))
show("expandtabs kw", lambda: "\t".expandtabs(tabsize=2))
show("expandtabs str", lambda: "\t".expandtabs("2"))
