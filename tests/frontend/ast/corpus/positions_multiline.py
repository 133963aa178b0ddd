# Nodes spanning lines: end_lineno/end_col_offset come from the last token.
x = (
    1
    +
    2
)
y = [
    a
    for a
    in b
    if a
]
f(
    a,
    key=(
        b
    ),
)
z = {
    "k":
        "v"
}
def g(
    a,
    b=(
        1
    ),
) -> (
    int
):
    return (
        a
    )
class C(
    B,
):
    pass
w = a if (
    b
) else c
s = """first
second"""
t = f"""{
a}"""
v = lambda: (
    0
)
if (a and
        b):
    pass
