# Conditional expressions: evaluation of only the chosen branch, nesting, precedence.
log = []
def v(x, tag):
    log.append(tag)
    return x
print(v("yes", "then") if v(True, "cond") else v("no", "else"), log); log.clear()
print(v("yes", "then") if v(0, "cond") else v("no", "else"), log); log.clear()
def sign(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"
print([sign(n) for n in (-5, 0, 7)])
x = 4
print(1 + (10 if x > 3 else 20), 1 + 10 if x > 5 else 20)
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
items = [3, None, 5]
print([i if i is not None else 0 for i in items])
print("a" if [] else "b" if {} else "c")
value = (yield_value := 5) if x else 0
print(value, yield_value)
print(x if x else 1 / 0)
t = 1, 2 if False else 3
print(t)
f = lambda: 1 if x else 2
print(f())
nested = [[("even" if j % 2 == 0 else "odd") if i == j else "-" for j in range(3)] for i in range(3)]
print(nested)
s = "hello"
print(s.upper() if s.islower() else s.lower(), f"{'big' if x > 3 else 'small'}")
class Truthy:
    def __bool__(self):
        log.append("bool called")
        return False
print("T" if Truthy() else "F", log)
print(not x if x else not not x)
