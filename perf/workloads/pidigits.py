# name: pidigits
# tags: int, bigint
# size: the first 3500 decimal digits of pi with an unbounded spigot
# description: Gibbons' streaming spigot for pi: multiplication and floor division of ever-growing big integers.
# result: the first and last digits produced, their digit sum and a checksum


def pi_digits(count):
    """Yields the decimal digits of pi, composing linear fractional transformations (q r; 0 t)."""
    q, r, t, k = 1, 0, 1, 1
    produced = 0
    while produced < count:
        # the next digit is known once the transformation maps 3 and 4 into the same integer part
        digit = (3 * q + r) // t
        if (4 * q + r) // t == digit:
            yield digit
            produced += 1
            q, r = 10 * q, 10 * (r - digit * t)
        else:
            # consume the next term k of the series: (k, 4k + 2; 0, 2k + 1)
            q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
            k += 1


def main(count):
    digits = list(pi_digits(count))
    text = "".join(map(str, digits))
    checksum = 0
    for d in digits:
        checksum = (checksum * 10 + d) % 1000000007
    return text[:12], text[-12:], sum(digits), checksum


N = 3500
head, tail, total, checksum = main(N)
print(f"pidigits {N}: {head}...{tail}, digit sum {total}, checksum {checksum}")
