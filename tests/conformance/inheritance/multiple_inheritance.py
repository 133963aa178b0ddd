# Multiple inheritance: attribute resolution through the MRO.
class A:
    def who(self):
        return 'A'
    def only_a(self):
        return 'only A'
class B(A):
    def who(self):
        return 'B'
class C(A):
    def who(self):
        return 'C'
    def only_c(self):
        return 'only C'
class D(B, C):
    pass
class E(C, B):
    pass

def mro(k):
    return [c.__name__ for c in k.__mro__]

print(mro(D), D().who(), D().only_c(), D().only_a())
print(mro(E), E().who())

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class W(K1, K2, K3): pass
print(mro(W))

class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class I(F, G): pass
class J(G, H): pass
class M(I, J): pass
print(mro(M))
print(M.mro() == list(M.__mro__), type(M.mro()).__name__, type(M.__mro__).__name__)

class Left:
    attr = 'left'
class Right:
    attr = 'right'
    extra = 'right extra'
class Both(Left, Right):
    pass
print(Both.attr, Both.extra)
Left.attr = 'changed left'
print(Both.attr)
del Left.attr
print(Both.attr)

class Mixin:
    def greet(self):
        return 'hello from ' + self.name()
class Named:
    def name(self):
        return type(self).__name__
class Greeter(Mixin, Named):
    pass
print(Greeter().greet())
print(Greeter.__bases__ == (Mixin, Named), [b.__name__ for b in Greeter.__bases__])
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(mro(bool), mro(type(None)))
