def f(rows):
    out = []
    for row in rows:
        for x in row:
            if x < 0:
                continue
            if x > 100:
                break
            out.append(x)
        else:
            continue
        break
    return out
