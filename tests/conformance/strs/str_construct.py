# str() of various objects, str subclasses, __str__ vs __repr__ fallbacks, str.__new__.
class A:
    pass
class B:
    def __repr__(self):
        return "B-repr"
class C:
    def __str__(self):
        return "C-str"
    def __repr__(self):
        return "C-repr"
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(str(B()), repr(B()), str(C()), repr(C()), [C()], (B(),), "%s %r" % (C(), C()))
print(str(1), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str({1: "x"}), str(b"b"), str(1j))
print(str(), repr(str()), str(""), str("x") is not None)
m = MyStr("hello")
print(m, repr(m), m.shout(), type(m).__name__, type(m + "x").__name__, type(m.upper()).__name__,
      type(m[1:]).__name__, type(str(m)).__name__, isinstance(m, str), m == "hello", len(m))
print(type(A()).__name__, str(A()).startswith("<__main__.A object at "), repr(A()) == str(A()))
class S(str):
    def __str__(self):
        return "custom"
s = S("base")
print(str(s), repr(s), "%s" % s, f"{s}", "{}".format(s), s + "!", print.__name__)
class WithNew(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
w = WithNew("abc")
print(w, type(w).__name__, w.lower())
print(str(object="obj"), str(b"x", encoding="ascii"), str(b"\xff", "ascii", "replace"))
try:
    str(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"x", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(x=1)
except TypeError as e:
    print(type(e).__name__, e)
