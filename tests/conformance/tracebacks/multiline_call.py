# check: stderr
# A call whose arguments span lines, the error raised in the callee.
def build(name, size, *, fill):
    if size < 0:
        raise ValueError(f"size must be >= 0, got {size}")
    return [fill] * size
print(build("a", 2, fill=0))
for size in [0, 1, 3]:
    print(size, build("s", size, fill="*"))
try:
    build(
        "c",
        -1,
        fill=1,
    )
except ValueError as e:
    print("caught:", e)
result = build(
    "b",
    -3,
    fill=None,
)
