# BINARY_OP_SUBSCR_DICT looks keys up directly in an exact dict: found keys, a missing key
# (KeyError), a key whose hash raises, an unhashable key, and a subclass with __missing__ at the
# same hot site.
d = {'a': 1, 'b': 2, 5: 3, (1, 2): 4}


def get(m, k):
    return m[k]


total = 0
for i in range(200):
    total += get(d, 'a') + get(d, 5) + get(d, (1, 2))
print(total)


class K:
    def __hash__(self):
        raise TypeError("nohash")


class Missing(dict):
    def __missing__(self, key):
        return ("missing", key)


for key in ('zz', K(), [], 'b'):
    try:
        print(repr(get(d, key)))
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(get(Missing(a=1), 'q'), get(Missing(a=1), 'a'))
