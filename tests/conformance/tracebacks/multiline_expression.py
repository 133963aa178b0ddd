# check: stderr
# The failing expression spans several lines.
def compute(values):
    return (
        values[0]
        + values[1]
        * values[2]
    )
print(compute([1, 2, 3]))
for values in ([0, 0, 0], [1, 1, 1], [2, 3, 4], ["a", "b", 2]):
    try:
        print(values, compute(values))
    except TypeError as e:
        print(values, type(e).__name__, e)
print(compute([1.5, 2, 0.5]))
print(compute((4, 5, 6)))
total = (
    compute([1, 1, 1])
    + compute([2, 2, 2])
)
print(total)
print(compute([1, 2, None]))
