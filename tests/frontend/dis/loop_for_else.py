def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            break
    else:
        return -1
    return i
