# check: stderr
# "During handling of the above exception, another exception occurred:"
def parse(text):
    try:
        return int(text)
    except ValueError:
        return fallback[text]
fallback = {"one": 1}
print(parse("5"))
print(parse("one"))
def describe(text):
    try:
        return parse(text)
    except KeyError as e:
        return ("KeyError", str(e), type(e.__context__).__name__)
for t in ["1", "one", "x", "-4"]:
    print(t, describe(t))
fallback["two"] = 2
print(parse("two"))
del fallback["two"]
print(parse("two"))
