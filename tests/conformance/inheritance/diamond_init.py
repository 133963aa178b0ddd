# Diamond inheritance: explicit base calls versus super().
calls = []
class Top:
    def __init__(self):
        calls.append('Top')
class L(Top):
    def __init__(self):
        calls.append('L')
        Top.__init__(self)
class R(Top):
    def __init__(self):
        calls.append('R')
        Top.__init__(self)
class Bottom(L, R):
    def __init__(self):
        calls.append('Bottom')
        L.__init__(self)
        R.__init__(self)
Bottom()
print('explicit:', calls)

calls.clear()
class Top2:
    def __init__(self):
        calls.append('Top2')
class L2(Top2):
    def __init__(self):
        calls.append('L2')
        super().__init__()
class R2(Top2):
    def __init__(self):
        calls.append('R2')
        super().__init__()
class Bottom2(L2, R2):
    def __init__(self):
        calls.append('Bottom2')
        super().__init__()
Bottom2()
print('super:', calls, [k.__name__ for k in Bottom2.__mro__])

calls.clear()
class Top3:
    def hook(self):
        calls.append('Top3.hook')
class Mid1(Top3):
    def hook(self):
        calls.append('Mid1.hook')
        super().hook()
class Mid2(Top3):
    pass
class Mid3(Top3):
    def hook(self):
        calls.append('Mid3.hook')
        super().hook()
class Leaf(Mid1, Mid2, Mid3):
    pass
Leaf().hook()
print(calls)

class A:
    def __repr__(self):
        return 'A-repr'
class B(A):
    pass
class C(A):
    def __repr__(self):
        return 'C-repr'
class D(B, C):
    pass
print(repr(D()), str(D()), [D()])
print(D.__repr__ is C.__repr__, B.__repr__ is A.__repr__)
class E(D):
    def __repr__(self):
        return 'E(' + super().__repr__() + ')'
print(E())
print(super(C, D()).__repr__())
