# Infinite generators consumed with a hand-written islice/take.
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def islice(it, start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    it = iter(it)
    i = 0
    nxt = start
    for value in it:
        if i >= stop:
            return
        if i == nxt:
            yield value
            nxt += step
        i += 1
def take(n, it):
    return list(islice(it, n))
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def cycle(seq):
    while True:
        yield from seq
print(take(5, count()))
print(take(5, count(10, -3)))
print(list(islice(count(), 2, 12, 3)))
print(take(15, primes()))
print(take(12, fibs()))
print(take(7, cycle("abc")))
print(list(islice(fibs(), 50, 52)))
def zip_gen(*gens):
    its = [iter(g) for g in gens]
    while True:
        try:
            yield tuple(next(i) for i in its)
        except RuntimeError:
            return
print(take(4, zip_gen(count(), "xyz", fibs())))
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(take(6, accumulate(count(1))))
g = primes()
print(next(g), next(g), next(g), take(3, g))
