# _operator: the operator functions, itemgetter/attrgetter/methodcaller with reprs, errors.
import _operator as O


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print([n for n in dir(O) if not n.startswith('__')])
print(O.add(1, 2), O.sub(5, 3), O.mul('a', 3), O.truediv(7, 2), O.floordiv(7, 2), O.mod(7, 3), O.pow(2, 10),
      O.lshift(1, 4), O.rshift(32, 2), O.and_(12, 10), O.or_(12, 10), O.xor(12, 10), O.neg(3), O.pos(-3), O.abs(-3),
      O.inv(5), O.invert(5), O.index(7), O.not_(0), O.truth([]), O.is_(None, None), O.is_not(1, None),
      O.is_none(None), O.is_not_none(0))
print(O.lt(1, 2), O.le(2, 2), O.eq(1, 1.0), O.ne(1, 2), O.gt(1, 2), O.ge(3, 2), O.contains([1, 2], 2),
      O.countOf([1, 2, 1], 1), O.indexOf('abc', 'c'), O.concat([1], [2]), O.getitem('abc', 1), O.getitem([1, 2, 3], slice(1, None)))
lst = [1, 2, 3]
O.setitem(lst, 0, 'x')
O.delitem(lst, 1)
print(lst)
a = [1]
print(O.iadd(a, [2]) is a, a, O.iconcat(a, [3]), O.imul([1], 2), O.isub(5, 1), O.ipow(2, 3), O.ior({1}, {2}),
      O.iand(6, 3), O.ixor(6, 3), O.ilshift(1, 2), O.irshift(8, 1), O.imod(7, 4), O.ifloordiv(7, 2), O.itruediv(1, 4))
print(O.length_hint([1, 2]), O.length_hint(iter([1, 2, 3])), O.length_hint(1), O.length_hint(1, 5), O.length_hint(iter([]), 9))
print(O.call(len, [1]), O.call(dict, a=1), O._compare_digest('a', 'a'), O._compare_digest(b'a', b'b'), O._compare_digest(b'ab', bytearray(b'ab')))


class LH:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


print(O.length_hint(LH(4)), O.length_hint(LH(NotImplemented), 2))
t(lambda: O.length_hint(LH(-1)))
t(lambda: O.length_hint(LH('x')))

print(O.itemgetter(1), O.itemgetter(1, 'a'), O.attrgetter('a'), O.attrgetter('a.b', 'c'), O.methodcaller('f'), O.methodcaller('f', 1, x=2))
print(O.itemgetter(0, 2)('abc'), O.itemgetter(slice(1, None))('abc'), O.itemgetter('k')({'k': 'v'}))


class C:
    pass


c = C()
c.a = C()
c.a.b = 5
c.c = 1
print(O.attrgetter('a.b', 'c')(c), O.attrgetter('a.b')(c), O.attrgetter('c')(c))
print(O.methodcaller('split', ',', maxsplit=1)('a,b,c'), O.methodcaller('upper')('x'))
print(O.itemgetter(1).__reduce__(), O.attrgetter('a.b', 'c').__reduce__(), O.methodcaller('f', 1).__reduce__())
red = O.methodcaller('f', 1, x=2).__reduce__()
print(red[0].func.__name__, red[0].args, red[0].keywords, red[1])
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=O.itemgetter(1)))

t(lambda: O.itemgetter())
t(lambda: O.attrgetter())
t(lambda: O.attrgetter(1))
t(lambda: O.methodcaller())
t(lambda: O.methodcaller(1))
t(lambda: O.itemgetter(5)([1]))
t(lambda: O.attrgetter('zz')(1))
t(lambda: O.methodcaller('zz')(1))
t(lambda: O.itemgetter(1)())
t(lambda: O.itemgetter(1)(x=1))
t(lambda: O.add(1))
t(lambda: O.add(1, 'a'))
t(lambda: O.concat(1, 2))
t(lambda: O.iconcat(1, 2))
t(lambda: O.index('a'))
t(lambda: O.indexOf([1], 2))
t(lambda: O.length_hint(1, 'a'))
t(lambda: O._compare_digest(b'a', 'a'))
t(lambda: O._compare_digest('\xff', '\xff'))
t(lambda: O._compare_digest(1, 2))
t(lambda: O.pow(2, 3, 4))
t(lambda: O.setitem(1, 2, 3))
t(lambda: O.delitem([1], 5))
t(lambda: O.getitem([1], 'a'))
t(lambda: O.neg('a'))
t(lambda: O.inv('a'))
t(lambda: O.lt(1, 'a'))
t(lambda: O.contains(1, 1))
t(lambda: O.matmul(1, 2))
t(lambda: O.imatmul(1, 2))
print(O.add.__name__, O.add)
