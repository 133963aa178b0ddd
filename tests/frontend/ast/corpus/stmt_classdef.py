class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, metaclass=M): pass
class A(metaclass=M, **kw): pass
class A(*bases, **kw): pass
class A(B, *bases, x=1): pass
class A(B.C, D[int]): pass
class A:
    """Doc."""
    x = 1
    y: int
    z: int = 2

    def method(self):
        return self.x

    @classmethod
    def cm(cls):
        return cls

    class Inner:
        pass
class A(
    B,
    C,
):
    __slots__ = ("a", "b")
    def __init__(self):
        super().__init__()
        __class__
