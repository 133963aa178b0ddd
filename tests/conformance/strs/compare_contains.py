# str comparisons (lexicographic by code point), in, min/max, sorting and equality.
words = ["apple", "Apple", "apples", "app", "", "b", "Z", "é", "e\u0301", "\U0001F600", "10", "9", "a b"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
for a, b in [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("é", "f"), ("10", "9")]:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print("é" == "e\u0301", len("é"), len("e\u0301"))
print("ell" in "hello", "" in "abc", "L" in "hello", "lo" not in "hello")
print(min(words), max(words), min("hello"), max("hello"))
try:
    print("a" < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" in ["a"], "a" in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None in "abc")
except TypeError as e:
    print(type(e).__name__, e)
print("abc" == "abc", words is not None, "a" * 3 == "aaa", "abc"[::-1] == "cba")
print(("a", "b") < ("a", "c"), ["b"] > ["a", "z"], "a" != b"a", "abc".__eq__(b"abc"), "abc".__lt__(1))
print(str.__le__("a", "a"), str.__gt__("b", "a"), str.__contains__("abc", "bc"))
