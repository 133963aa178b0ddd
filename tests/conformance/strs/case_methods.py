# upper / lower / title / capitalize / casefold / swapcase, including non-ASCII.
words = ["hello world", "HELLO World", "hello-world's 2nd_try", "ǅungla", "straße", "ΣΊΣΥΦΟΣ",
         "ﬁne", "İstanbul", "ß", "aBc\u0130", "they're bill's friends", "123abc DEF", "", "  x  y  ",
         "o'NEIL mcDonald", "\u1e9e", "ΌΣΟΣ σ", "ǈ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()),
          repr(w.casefold()), repr(w.swapcase()), len(w.upper()))
print("abc".upper() == "ABC", "ÀÉÎ".lower(), "ǆ".title(), "ǆ".upper(), "ǆ".capitalize())
print("ß".upper(), "ß".casefold() == "SS".casefold(), "ﬃ".upper(), "ŉ".upper())
try:
    "a".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
print([c.upper() for c in "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"].count("Ÿ"))
print("ÿ".upper(), "µ".upper(), "ı".upper(), "i".upper(), "ſ".upper(), "ͅ".upper(), "ΐ".upper())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower(), "ΑΣΑ".lower(), "Σ Α".lower())
print("ǅ".lower(), "ǅ".upper(), "ǅ".swapcase(), "ǅ".istitle(), "ǅa".istitle(), "Ǆ".title())
print("hello world".title() == "Hello World", "hello   world".title(), "hello_world".title(), "hello2world".title())
print("ÉCOLE".casefold(), "Straße".casefold() == "STRASSE".casefold(), "ǰ".upper(), len("ǰ".upper()))
print(str.upper("mixed Case 123"), str.lower("MIXED Case 123"), "aBc".swapcase().swapcase())
