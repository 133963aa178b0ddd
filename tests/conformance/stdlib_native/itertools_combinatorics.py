# itertools: groupby and _grouper, tee, product, permutations, combinations,
# combinations_with_replacement.
import itertools as it


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print([k for k, g in it.groupby('aabbbc')])
groups = it.groupby('aaabbb')
k1, g1 = next(groups)
print(k1, next(g1))
k2, g2 = next(groups)
print(k2, list(g1), list(g2))
print(list(it.groupby([])), type(next(it.groupby('a'))[1]).__name__)
t(lambda: it.groupby())
t(lambda: list(it.groupby([1, 2], key=len)))

a, b = it.tee([1, 2, 3])
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = it.tee(iter('abc'), 3)
print(list(x), list(y), list(z))
print(it.tee([1], 0), len(it.tee([1], 1)), type(it.tee([1])[0]).__name__)
p, q = it.tee(it.count())
print(next(p), next(p), next(q))
r = p.__copy__()
print(next(r), next(p))
a, b = it.tee(a)
t(lambda: it.tee([1], -1))
t(lambda: it.tee())
t(lambda: it.tee(1))

print(list(it.product('ab', [1, 2])), list(it.product()), list(it.product('ab', repeat=2)))
print(list(it.product('ab', [], 'c')), list(it.product([1], repeat=0)), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations('abc')), list(it.permutations(range(3), 2)), list(it.permutations([], 0)))
print(list(it.permutations('ab', 3)), list(it.permutations('abc', 0)), list(it.permutations('ab', None)))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 4)), list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('ab', 0)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))), len(list(it.combinations_with_replacement(range(5), 3))))
t(lambda: it.permutations([1], -1))
t(lambda: it.permutations([1], 'a'))
t(lambda: it.combinations([1], -1))
t(lambda: it.combinations([1]))
t(lambda: it.combinations_with_replacement([1]))
t(lambda: it.combinations_with_replacement([1], -2))
t(lambda: it.product([1], repeat=-1))
t(lambda: it.product(1))
t(lambda: it.permutations(1))
