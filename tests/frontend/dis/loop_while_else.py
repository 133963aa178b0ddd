def search(n):
    i = 0
    while i < n:
        if i * i == n:
            break
        i += 1
    else:
        i = None
    return i
