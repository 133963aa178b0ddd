class C:
    base = 10
    values = [x + 1 for x in range(3)]
    table = {k: base for k in "ab"}
