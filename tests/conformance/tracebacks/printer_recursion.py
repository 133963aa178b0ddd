# check: stderr
# A deep recursion is folded into "[Previous line repeated N more times]"; alternating frames are not.
def down(n):
    if n == 0:
        return 1 / n
    return down(n - 1)


def ping(n):
    return pong(n)


def pong(n):
    return down(12) if n == 0 else ping(n - 1)


print("deep")
ping(3)
