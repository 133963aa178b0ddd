def f(a, b):
    return (a + b, a - b, a * b, a @ b, a / b, a // b, a % b, a ** b,
            a << b, a >> b, a & b, a | b, a ^ b, a[b])

def g(a, b):
    a += b
    a -= b
    a *= b
    a @= b
    a /= b
    a //= b
    a %= b
    a **= b
    a <<= b
    a >>= b
    a &= b
    a |= b
    a ^= b
    return a
