# String literal escapes, raw strings, implicit concatenation, triple quotes, \N{...}.
print(len("\n\t\\\'\"\a\b\f\v\r\0"), repr("\n\t\\\'\"\a\b\f\v\r\0"))
print(repr("\x41\101\u0041\U00000041\N{LATIN SMALL LETTER A}"), "\1\12\123\1234")
print(repr(r"\n\t\x41"), len(r"\n"), repr(r"a\"b"), repr(R"\d+"), repr(rb"\x00"))
print(repr("abc" "def" 'ghi'), repr("a" r"\n" "b"))
t = """line1
  line2\
joined
'quoted' "double" \"\"\" end"""
print(repr(t))
print(repr('''x'y"z'''), len("""
"""))
print(repr("\N{EURO SIGN}\N{SNOWMAN}\N{grinning face}"), ascii("\N{NO-BREAK SPACE}"))
print(repr(u"unicode prefix"), "\u00e9" == "é", "\xe9" == "é", "\351" == "é")
print(repr("\0" + "1"), ord("\377"))
print(f"{'a' 'b'}", repr(f"\n{1}\t"), repr(rf"\n{1+1}"), repr(fr"{'x'}\d"))
print(repr("tab:\t|"), repr("bell:\a"), repr("del:\x7f"), repr("esc:\x1b"))
print(repr("\x00\x07\x08\x09\x0a\x0b\x0c\x0d\x1b"), repr("\\x41"), len("\\"))
print(repr("\u0000"), repr("\U0001f600"), repr("\N{DIGIT ONE}"), repr("\N{SPACE}"))
print("a\
b", repr("a\
b"))
print(repr(b"\x00\x7f\x80\xff"), repr(b"\n\t\r\\"), repr(br"\n"), len(b"\x41"))
print(repr("""a
b"""), repr('''"'''), repr(""""x\""""), repr("'" + '"'))
