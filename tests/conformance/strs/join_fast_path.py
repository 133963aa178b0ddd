class S(str): pass
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join([]), "-".join(["solo"]), "-".join(("t",)))
l = ["solo"]; print("-".join(l) is l[0])
print(" ".join([S("a"), "b"]), type(" ".join([S("a"), "b"])).__name__, type(" ".join([S("a")])).__name__)
print("é".join(["ü", "ß"]), "|".join(["😀", "a"]), "😀".join(["a", "b"]))
for bad in (["a", 1], ("a", None), 5, ["a", b"b"]):
    try: print(",".join(bad))
    except TypeError as e: print("TypeError", e)
print(",".join(x for x in "abc"), ",".join({"k": 1}), ",".join("xyz"))
