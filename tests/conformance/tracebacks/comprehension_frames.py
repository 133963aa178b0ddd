# check: stderr
# Errors inside comprehensions (inlined since 3.12) and generator expressions.
data = [4, 2, 1, 0, 5]
print([100 // x for x in data if x])
print({x: 100 // x for x in data[:3]})
gen = (100 // x for x in data)
print(next(gen), next(gen))
def table(rows):
    return [[cell.upper() for cell in row] for row in rows]
print(table([["a", "b"], ["c"]]))
try:
    table([["a"], [1]])
except AttributeError as e:
    print("caught:", e)
try:
    [100 // x for x in data]
except ZeroDivisionError as e:
    print("list comp:", e)
try:
    {x: 1 // x for x in data}
except ZeroDivisionError as e:
    print("dict comp:", e)
print("x" in dir())
print(table([["x", "y"], ["z", None]]))
