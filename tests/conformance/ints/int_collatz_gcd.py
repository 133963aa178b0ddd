# Integer algorithms mixing small and big values: gcd, Collatz lengths, modular exponent, isqrt by Newton.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
print(gcd(48, 18), gcd(-48, 18), gcd(2 ** 100, 6 ** 40), gcd(0, 0), gcd(17, 0))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in (1, 7, 27, 97, 871)], collatz(2 ** 100 + 1))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
for n in (0, 1, 15, 16, 10 ** 20, 2 ** 127 - 1, 10 ** 50 + 12345):
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
def modpow(b, e, m):
    result = 1
    b %= m
    while e:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result
print(modpow(3, 10 ** 18, 10 ** 9 + 7) == pow(3, 10 ** 18, 10 ** 9 + 7), modpow(2, 2 ** 70, 2 ** 61 - 1))
def digits_sum(n):
    return sum(int(c) for c in str(n))
print(digits_sum(2 ** 1000), digits_sum(3 ** 500), len(str(7 ** 700)))
def to_base(n, b):
    if n == 0:
        return "0"
    digits = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        digits.append("0123456789abcdefghijklmnopqrstuvwxyz"[r])
    return ("-" if neg else "") + "".join(reversed(digits))
for n in (0, 255, -255, 2 ** 64, 36 ** 10 - 1):
    print(n, to_base(n, 2)[-16:], to_base(n, 36), int(to_base(n, 36), 36) == n)
