# break and continue in nested loops and through try/finally.
out = []
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        out.append((i, j))
print(out)
log = []
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)
log = []
for i in range(2):
    for j in range(3):
        try:
            try:
                if j == 1:
                    break
                log.append((i, j))
            finally:
                log.append("inner finally")
        finally:
            log.append("outer finally")
print(log)
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24 and a + b == 10:
            found = (a, b)
            break
    if found:
        break
print("found", found)
log = []
i = 0
while i < 5:
    i += 1
    try:
        if i % 2:
            continue
        log.append(i)
    except Exception:
        pass
    else:
        log.append("else")
    finally:
        log.append("f")
print(log)
def flag_search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(flag_search([[1, 2], [3, 4]], 4), flag_search([[1]], 5))
result = []
for x in range(3):
    with_else = []
    for y in range(2):
        with_else.append(y)
    else:
        with_else.append("e")
    result.append(with_else)
print(result)
