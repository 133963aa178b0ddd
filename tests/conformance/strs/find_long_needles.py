# find/rfind/index/count/replace/partition with needles long enough for the adaptive search
# (periodic haystacks that make a naive search quadratic), checked against a brute-force scan.

def brute_find(h, n, reverse=False):
    starts = range(len(h) - len(n), -1, -1) if reverse else range(len(h) - len(n) + 1)
    for i in starts:
        if h[i:i + len(n)] == n:
            return i
    return -1


def cases(mk):
    for N in (20, 40, 300, 700):
        A, B = mk('a') * N, mk('b') * N
        hay = A + A + B + A + A
        needle = A + B + B + A
        yield hay, needle
        yield hay + needle, needle
        yield needle + hay, needle
        yield needle + hay + needle, needle
        yield hay, A + B
        yield hay, B + A
        yield hay, A + mk('b')
        yield mk('ab') * N, mk('ab') * (N // 2) + mk('a')
        yield mk('ab') * N, mk('ba') * (N // 3)
        yield mk('abc') * N + mk('abd'), mk('abc') * 10 + mk('abd')
        yield mk('xabc') * N, mk('abcx') * 9 + mk('abc')


def check(name, mk):
    results = []
    for hay, needle in cases(mk):
        f, r = hay.find(needle), hay.rfind(needle)
        ok = f == brute_find(hay, needle) and r == brute_find(hay, needle, reverse=True)
        results.append((f, r, ok))
        for start, end in ((1, None), (3, -2), (len(hay) // 2, None), (0, len(hay) // 2)):
            sub = hay[start:end]
            f2 = hay.find(needle, start, end)
            expected = brute_find(sub, needle)
            ok = ok and f2 == (expected if expected < 0 else expected + (start if start >= 0 else 0))
            r2 = hay.rfind(needle, start, end)
            expected = brute_find(sub, needle, reverse=True)
            ok = ok and r2 == (expected if expected < 0 else expected + start)
        if not ok:
            print(name, "mismatch", len(hay), len(needle), f, r)
    print(name, results)
    hay = mk('a') * 1000 + mk('b')
    print(name, hay.count(mk('a') * 20), hay.replace(mk('a') * 30, mk('x')).count(mk('x')))
    print(name, (hay * 3).count(mk('a') * 999 + mk('b')), hay.partition(mk('a') * 25 + mk('b'))[0] == mk('a') * 975)
    try:
        (mk('a') * 500).index(mk('a') * 40 + mk('b'))
    except ValueError as e:
        print(name, "ValueError", e)


check("str", lambda s: s)
check("wide", lambda s: s.replace('a', '\U0001f600').replace('b', '\u20ac'))
check("bytes", lambda s: s.encode())
check("bytearray", lambda s: bytearray(s.encode()))
