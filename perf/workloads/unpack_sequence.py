# name: unpack_sequence
# tags: tuples, lists, unpacking
# size: 200000 rounds of tuple, list, starred, nested, swap and for-target unpacking
# description: Sequence unpacking in all its forms: fixed-size tuple and list targets, starred targets, nested targets, swaps, multiple return values.
# result: a checksum of everything unpacked


def divmod_pair(a, b):
    return a // b, a % b


def flat_tuple(t):
    a, b, c, d, e, f, g, h, i, j = t
    a, b, c, d, e, f, g, h, i, j = j, i, h, g, f, e, d, c, b, a
    return a - j + 2 * (b - i) + 3 * (c - h) + 4 * (d - g) + 5 * (e - f)


def flat_list(values):
    a, b, c, d, e, f, g, h = values
    return a * 8 + b * 7 + c * 6 + d * 5 + e * 4 + f * 3 + g * 2 + h


def starred(values):
    first, *rest = values
    *init, last = rest
    head, *middle, tail = init
    return first + last + head * tail + len(middle) + (middle[0] if middle else 0)


def nested(pairs):
    (a, b), (c, d), (e, (f, g)) = pairs
    return a * b + c * d + e * f * g


def swaps(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b = b, a
        a, b, c = c, a, b
        b, c = c + 1, b
    return a, b, c


def main(rounds):
    checksum = 0
    pairs = [(i, i * 3 % 17) for i in range(8)]
    for r in range(rounds):
        t = (r, r + 1, r + 2, r + 3, r + 4, r + 5, r + 6, r + 7, r + 8, r + 9)
        checksum += flat_tuple(t)
        checksum += flat_list([r & 7, 1, 2, 3, 4, 5, 6, r & 15])
        checksum += starred(t[: 4 + r % 7])
        checksum += nested(((r, 2), (3, r & 3), (r & 1, (5, 6))))
        q, m = divmod_pair(r + 1000, 7)
        checksum += q - m
        x, y, z = "xyz" if r & 1 else (1, 2, 3)
        checksum += len(str(x)) + (y if isinstance(y, int) else 0)
        for k, v in pairs:
            checksum += k ^ v
        for i, (k, v) in enumerate(pairs[:4]):
            checksum += i * k + v
        checksum %= 1000000007
    a, b, c = swaps(rounds)
    return checksum, (a, b, c)


ROUNDS = 200000
checksum, state = main(ROUNDS)
print(f"unpack_sequence {ROUNDS}: checksum {checksum}, swaps {state}")
