# str/int round trips for many big ints in several bases (deterministic LCG), plus digit checksums.
state = 987654321
def rand64():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
bad = 0
checks = []
for i in range(400):
    n = 0
    for _ in range(i % 20 + 1):
        n = (n << 64) | rand64()
    if i % 3 == 0:
        n = -n
    s = str(n)
    if int(s) != n or int(hex(n), 16) != n or int(oct(n), 8) != n or int(bin(n), 2) != n:
        bad += 1
    if int(s.replace("-", "-0" if n < 0 else "-"), 10) != n:
        bad += 1
    checks.append(len(s))
    if i % 40 == 0:
        print(i, s[:30], s[-10:], len(s), hex(n)[-12:])
print(bad, sum(checks), max(checks))
for b in (2, 3, 7, 10, 16, 36):
    n = 3 ** 200
    digits = []
    m = n
    while m:
        m, r = divmod(m, b)
        digits.append("0123456789abcdefghijklmnopqrstuvwxyz"[r])
    text = "".join(reversed(digits))
    print(b, len(text), text[:20], int(text, b) == n, int(text.upper(), b) == n)
print(int("-" + "9" * 4000) + 10 ** 4000, int("1" + "0" * 4299) == 10 ** 4299)
print(str(2 ** 4000)[:50], str(-(7 ** 3000))[-50:])
