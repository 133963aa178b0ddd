# check: stderr
# An AssertionError with a message, raised from a helper.
def mean(values):
    assert isinstance(values, list), "values must be a list"
    assert values, f"empty input: {values!r}"
    return sum(values) / len(values)
print(mean([1, 2, 3]))
for bad in [(1, 2), []]:
    try:
        mean(bad)
    except AssertionError as e:
        print("caught:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
def check_all(rows):
    for row in rows:
        assert len(row) == 2, (row, len(row))
    return len(rows)
print(check_all([(1, 2), (3, 4)]))
check_all([(1, 2), (3, 4, 5)])
