# check: stderr
# Exceptions raised inside generators show the generator's frames.
def numbers(limit):
    for i in range(limit):
        yield 10 // (3 - i)
def doubled(source):
    for value in source:
        yield value * 2
def first_n(gen, n):
    out = []
    for _ in range(n):
        out.append(next(gen))
    return out
print(first_n(doubled(numbers(5)), 2))
print(list(doubled(numbers(3))))
try:
    list(numbers(5))
except ZeroDivisionError as e:
    print("caught:", e)
g = numbers(5)
print(next(g), next(g), next(g))
total = sum(x for x in doubled(numbers(5)))
print("never", total)
