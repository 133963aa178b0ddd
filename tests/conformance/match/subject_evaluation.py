# The subject is evaluated once; match statements inside loops and functions.
calls = 0
def subject():
    global calls
    calls += 1
    return [1, 2, 3]
match subject():
    case [1]:
        pass
    case [1, 2]:
        pass
    case [1, 2, 3, 4]:
        pass
    case [_, _, _]:
        print("matched, subject evaluated", calls, "time(s)")
match 1, 2:
    case (a, b):
        print("tuple subject without parentheses", a, b)
match *[1, 2], 3:
    case [x, y, z]:
        print("starred subject", x, y, z)
def classify_all(items):
    out = []
    for item in items:
        match item:
            case "stop":
                break
            case "skip":
                continue
            case int(n) if n % 2 == 0:
                out.append(("even", n))
            case int(n):
                out.append(("odd", n))
            case _:
                out.append(("other", item))
    else:
        out.append("no stop seen")
    return out
print(classify_all([1, 2, "skip", 3.5, 4]))
print(classify_all([1, "stop", 2]))
def early(x):
    match x:
        case [a, *_]:
            return a
    return "fell through"
print(early([9, 8]), early([]), early("no"))
matched = []
for v in range(6):
    match v:
        case 0 | 1:
            matched.append("low")
        case 2 | 3 if v == 3:
            matched.append("three")
        case _ if v > 4:
            matched.append("high")
print(matched)
n = 0
while True:
    match n:
        case 3:
            break
        case _:
            n += 1
print("loop exited at", n)
x = 5
match x:
    case 1:
        y = "one"
print("y" in globals())
