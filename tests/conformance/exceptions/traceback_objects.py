# __traceback__ objects: line numbers and the tb_next chain (no frames printed).
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    names = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(lines, names)
e = ValueError("fresh")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None, e.__traceback__.tb_lineno)
r = e.with_traceback(None)
print(r is e, e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as err:
    print(type(err).__name__, err)
def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        raise
try:
    reraise()
except KeyError as k:
    tb = k.__traceback__
    nums = []
    while tb:
        nums.append(tb.tb_lineno)
        tb = tb.tb_next
    print("re-raise lines:", nums)
def gen():
    yield 1
    raise RuntimeError("gen")
try:
    for _ in gen():
        pass
except RuntimeError as x:
    tb = x.__traceback__
    print([tb.tb_lineno, tb.tb_next.tb_lineno])
