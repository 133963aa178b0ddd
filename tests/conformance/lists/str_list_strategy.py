# Lists of str: mutation to mixed types, sort with keys, membership and index on equal-but-distinct strs.
names = ["delta", "alpha", "charlie", "bravo"]
names.sort()
print(names, names.index("charlie"), "echo" in names, names.count("alpha"))
built = "".join(["al", "pha"])
print(built in names, names.index(built), names.count(built))
names.append(5)
print(names, [type(x).__name__ for x in names])
try:
    names.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(names)
names.pop()
names.insert(0, "zulu")
names[1:3] = ["x", "y", "z"]
print(names, len(names))
names.sort(key=len)
print(names)
names.sort(key=lambda s: s[-1], reverse=True)
print(names)
letters = list("hello")
letters[0] = "J"
letters.extend("!!")
print(letters, "".join(letters), letters.count("l"), letters.index("!"))
letters.remove("l")
print(letters)
words = "b A c B a C".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (w.lower(), w)))
mixed = ["10", "9", "100", "1"]
print(sorted(mixed), sorted(mixed, key=int), max(mixed), max(mixed, key=int))
e = ["", "a", ""]
print(e.count(""), e.index(""), [bool(s) for s in e], list(filter(None, e)))
u = ["\U0001F600", "é", "e", "z"]
u.sort()
print(u, [len(s) for s in u])
