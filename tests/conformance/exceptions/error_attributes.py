# Attributes the runtime fills in on AttributeError, NameError, ImportError, UnicodeError.
class C:
    pass
obj = C()
try:
    obj.missing
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is obj)
try:
    (5).real2
except AttributeError as e:
    print(e, e.name, e.obj)
e = AttributeError("hand made")
print(e.name, e.obj)
e = AttributeError("m", name="n", obj=1)
print(e.name, e.obj, e.args)
try:
    not_defined_anywhere
except NameError as e:
    print(type(e).__name__, e, e.name)
print(NameError("x", name="nm").name)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, e, e.name)
e = ImportError("msg", name="mod", path="p")
print(e.name, e.path, e.msg, e.args, str(e))
try:
    ImportError("m", bogus=1)
except TypeError as err:
    print(type(err).__name__, err)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "h\xe9llo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
u = UnicodeDecodeError("utf-8", b"ab\x80", 2, 3, "invalid start byte")
print(str(u), u.args)
s = SystemExit(4)
print(s.code, s.args, repr(s))
print(SystemExit().code, SystemExit("a", "b").code)
try:
    raise StopIteration
except StopIteration as e:
    print(repr(e), e.value)
e = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 7))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
print(str(SyntaxError("only msg")), SyntaxError("m").lineno)
