# check: stderr
# A call spanning many lines: lines between the significant ones are abbreviated as "...<N lines>...".
def combine(a, b, c, d, e):
    return a / (b - b)


result = combine(
    1,
    2,
    3,
    4,
    5,
)
