# check: stderr
# An uncaught ZeroDivisionError in a binary operation nested in a function.
def ratio(total, count):
    scale = 100
    return scale * total / count + 1
def report(rows):
    out = []
    for total, count in rows:
        value = ratio(total, count)
        out.append(value)
        print("row", total, count, value)
    return out
for a, b in [(1, 2), (5, 0), (2.5, 0.0), (7, "x")]:
    try:
        print(a, b, a / b)
    except ZeroDivisionError as e:
        print(a, b, type(e).__name__, e)
    except TypeError as e:
        print(a, b, type(e).__name__, e)
report([(10, 2), (3, 4), (7, 0), (1, 1)])
print("never printed")
