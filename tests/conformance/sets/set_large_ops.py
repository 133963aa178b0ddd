# Larger set workloads: sieve, intersections of multiples, symmetric differences, removal loops.
n = 5000
primes = set(range(2, n))
for i in range(2, int(n ** 0.5) + 1):
    if i in primes:
        primes -= set(range(i * i, n, i))
print(len(primes), sum(primes), max(primes), sorted(primes)[:10])
m3 = set(range(0, n, 3))
m5 = set(range(0, n, 5))
print(len(m3 & m5), len(m3 | m5), len(m3 ^ m5), len(m3 - m5), min(m3 ^ m5), max(m3 - m5))
print(m3 >= set(range(0, n, 15)), m5.isdisjoint(primes - {5}), len(primes & m3))
s = set(range(1000))
removed = 0
for x in range(0, 1000, 7):
    s.discard(x)
    removed += 1
print(len(s), removed, 7 in s, 8 in s)
while len(s) > 990:
    s.pop()
print(len(s))
words = {"w%d" % (i % 97) for i in range(2000)}
print(len(words), sorted(words)[:3])
fs = frozenset(range(100))
subsets = {fs - {i} for i in range(100)}
print(len(subsets), all(len(x) == 99 for x in subsets))
