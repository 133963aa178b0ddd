# check: stderr
# `raise ... from None` hides the context in the printed traceback.
def convert(x):
    try:
        return float(x)
    except ValueError:
        raise TypeError("not a number: " + repr(x)) from None
print(convert("1.5"))
def safe(x):
    try:
        return convert(x)
    except TypeError as e:
        return (str(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
for x in ["2", "1e3", "nan?", "", "0x1"]:
    print(repr(x), safe(x))
print(convert(" 3.25 "), convert("-inf"), convert("1_000"))
try:
    convert(None)
except TypeError as e:
    print("None:", e, repr(e.__context__))
convert("abc")
