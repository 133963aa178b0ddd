# Arbitrary-precision integer arithmetic and normalization across the 2**63 / 2**64 boundaries.
big = 2 ** 63
print(big, big - 1, -big, -big - 1)
print(repr(big * big), big * big // big == big)
print(2 ** 64 - 1, 2 ** 64, 2 ** 64 + 1)
print((2 ** 63 - 1) + 1, -(2 ** 63) - 1, (2 ** 63) - 1 - (2 ** 63))
print(type(2 ** 100 - 2 ** 100 + 5), 2 ** 100 - 2 ** 100 + 5)
x = 9223372036854775807
print(x + 1, x * 2, x * x, -x - 2)
print((x + 1) // 2 == 2 ** 62, (x + 1) - 1 == x)
y = -9223372036854775808
print(y, -y, abs(y), y * -1, y // -1, y - 1)
print(10 ** 30, -(10 ** 30), 10 ** 30 // 10 ** 15)
fact = 1
for i in range(1, 41):
    fact *= i
print("40! =", fact)
print("40! digits", len(str(fact)))
print(fact // (2 ** 38), fact % 1000003)
fib_a, fib_b = 0, 1
for _ in range(200):
    fib_a, fib_b = fib_b, fib_a + fib_b
print("fib200", fib_a)
print(3 ** 200 - 3 ** 199 * 3, 7 ** 77 % 1000000007)
print(hex(2 ** 128 - 1), oct(2 ** 70), bin(2 ** 65 + 3))
print(-(2 ** 64) + 2 ** 64, (2 ** 64) * 0, 0 * -(2 ** 70))
n = 1
for i in range(70):
    n <<= 1
    if i in (61, 62, 63, 64, 69):
        print(i, n, n - 1, -n)
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 2 ** 64)
print(12345678901234567890123456789 * 98765432109876543210987654321)
print(-12345678901234567890123456789 * 98765432109876543210987654321)
print(10 ** 40 + 1 - 10 ** 40, (10 ** 40 + 1) * (10 ** 40 - 1))
print(int("9" * 50) + 1 == 10 ** 50)
