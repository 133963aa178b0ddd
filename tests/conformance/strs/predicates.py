# isX predicates over ASCII, Unicode digits/numerics, identifiers, printables and empty strings.
samples = ["", "abc", "ABC", "Abc", "Abc Def", "abc1", "123", "١٢٣", "²", "½", "Ⅻ", "一二", " \t\n",
           "\u3000", "a b", "_x1", "1x", "class", "é", "ǅ", "ǅa", "\x00", "\x7f", "\xa0", "~!@",
           "\U0001F600", "ABC DEF", "Hello World", "hello World", "𝟘𝟙", "x\u0301"]
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper",
         "istitle", "isidentifier", "isprintable", "isascii"]
print("sample", preds)
for s in samples:
    print(repr(s), "".join("1" if getattr(s, p)() else "0" for p in preds))
try:
    "a".isalpha(1)
except TypeError as e:
    print(type(e).__name__, e)
print(str.isdigit("5"), str.isspace("\x1c\x1d\x1e\x1f\x85"), "\u2028".isspace(), "\u200b".isspace())
print(["abc".isidentifier(), "_".isidentifier(), "1a".isidentifier(), "a-b".isidentifier(), "é".isidentifier(), "".isidentifier()])
print(["٣".isdecimal(), "٣".isdigit(), "٣".isnumeric(), int("٣"), float("٣.٥")])
print(["⑤".isdigit(), "⑤".isdecimal(), "⑤".isnumeric(), "Ⅷ".isnumeric(), "Ⅷ".isalpha()])
print(["".isspace(), " ".isspace(), "\u00a0".isspace(), "\u200b".isprintable(), "\u00ad".isprintable()])
print(["Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "H".istitle(), "1A".istitle()])
print(["abc1".islower(), "ABC1".isupper(), "123".islower(), "ß".islower(), "ß".isupper()])
print(sum(1 for cp in range(128) if chr(cp).isprintable()), sum(1 for cp in range(256) if chr(cp).isalnum()))
