# repr of recursive containers and user reprs inside containers.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {'k': 1}
d['self'] = d
print(d)
b = [a, a]
print(b)
t = (a,)
print(t)
s = {'x': [d]}
print(s)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f'Node({self.name}, {self.children})'

root = Node('root')
child = Node('child')
root.children.append(child)
print(root)

class Guarded:
    active = set()
    def __init__(self):
        self.items = []
    def __repr__(self):
        key = id(self)
        if key in Guarded.active:
            return 'Guarded(...)'
        Guarded.active.add(key)
        try:
            return f'Guarded({self.items!r})'
        finally:
            Guarded.active.discard(key)

g = Guarded()
g.items.append(g)
g.items.append(1)
print(g)

class Infinite:
    def __repr__(self):
        return repr(self)
try:
    repr(Infinite())
except RecursionError as e:
    print(type(e).__name__, e)

class ListSub(list):
    def __repr__(self):
        return 'ListSub' + super().__repr__()
ls = ListSub([1])
ls.append(ls)
print(ls)
print(repr([ListSub([2])]))

class DictSub(dict):
    pass
ds = DictSub(a=1)
ds['me'] = ds
print(ds)
x = []
y = [x]
x.append(y)
print(x, y)
print(repr(()), repr((1,)), repr([]), repr({}), repr(set()), repr(frozenset()))
print([str('s'), 's'], ['a\'b', "c\"d"], {'\n': '\t'})
