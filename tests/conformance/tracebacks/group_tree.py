# check: stderr
# An uncaught exception group is printed as a tree.
def check(item):
    if item < 0:
        raise ValueError(f"negative: {item}")
    if item == 0:
        raise ZeroDivisionError("zero item")
    return 10 / item
def check_all(items):
    errors = []
    results = []
    for item in items:
        try:
            results.append(check(item))
        except Exception as e:
            errors.append(e)
    print("results:", results)
    if errors:
        raise ExceptionGroup("validation failed", errors)
    return results
check_all([1, 2, 5])
try:
    check_all([1, -1])
except* ValueError as g:
    print("handled:", [str(e) for e in g.exceptions])
check_all([4, -2, 0, 8])
