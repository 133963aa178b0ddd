# What __exit__ receives, truthy return values, and exceptions raised by __exit__.
class Recorder:
    def __init__(self, result=None, raise_in_exit=None):
        self.result = result
        self.raise_in_exit = raise_in_exit
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, repr(ev), tb is not None)
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.result
r = Recorder()
with r:
    pass
print(r.seen)
r = Recorder(result=1)
with r:
    raise ValueError("v")
print("truthy 1 suppresses:", r.seen)
r = Recorder(result="")
try:
    with r:
        raise ValueError("v")
except ValueError:
    print("falsy '' does not suppress:", r.seen)
r = Recorder(result=[0])
with r:
    raise KeyError("k")
print("[0] is truthy:", r.seen)
r = Recorder(raise_in_exit=TypeError("from exit"))
try:
    with r:
        raise ValueError("original")
except TypeError as e:
    print("exit raised:", e, "context:", repr(e.__context__))
r = Recorder(raise_in_exit=TypeError("exit without error"))
try:
    with r:
        pass
except TypeError as e:
    print("exit raised:", e, e.__context__)
r = Recorder(result=True)
def gen():
    with r:
        yield 1
        raise StopIteration
    yield 2
print(list(gen()), r.seen)
class EnterReturnsOther:
    def __enter__(self):
        return [1, 2]
    def __exit__(self, *a):
        pass
with EnterReturnsOther() as (first, second):
    print("unpacked from __enter__:", first, second)
class ExitMethodLookup:
    pass
cm = ExitMethodLookup()
cm.__enter__ = lambda: 1
cm.__exit__ = lambda *a: None
try:
    with cm:
        pass
except TypeError as e:
    print("instance attributes are not used:", type(e).__name__, e)
