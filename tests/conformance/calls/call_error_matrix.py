# A matrix of signatures and bad calls: exact TypeError messages for each combination.
def p0(): pass
def p1(a): pass
def p2d(a, b=1): pass
def p1k1(a, *, k): pass
def p1kd(a, *, k=1): pass
def p2k2(a, b, *, k, m): pass
def pd_kd(a=1, *, k=2): pass
def po(a, b, /): pass
def po_d(a, b=2, /, c=3): pass
def va(a, *args): pass
def vk(a, **kw): pass

signatures = [p0, p1, p2d, p1k1, p1kd, p2k2, pd_kd, po, po_d, va, vk]
calls = [
    ((), {}),
    ((1,), {}),
    ((1, 2), {}),
    ((1, 2, 3), {}),
    ((1,), {'k': 1}),
    ((1, 2), {'k': 1}),
    ((1, 2, 3), {'k': 1}),
    ((), {'a': 1}),
    ((1,), {'a': 1}),
    ((), {'zz': 1}),
    ((1, 2, 3, 4), {'k': 1, 'm': 2}),
]
for fn in signatures:
    print('--', fn.__name__)
    for args, kwargs in calls:
        try:
            fn(*args, **kwargs)
            result = 'ok'
        except TypeError as e:
            result = str(e)
        print(f'   {args!s:14} {kwargs!s:18} {result}')
