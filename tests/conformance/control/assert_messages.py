# assert with and without messages; the message is evaluated only on failure.
def check(cond, msg=None):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
        return "passed"
    except AssertionError as e:
        return f"{type(e).__name__} args={e.args} str={str(e)!r}"
print(check(True))
print(check(1 == 1, "never shown"))
print(check(False))
print(check(0, "zero is falsy"))
print(check([], ["list", "message"]))
print(check("", 42))
print(check(None, None))
log = []
def expensive():
    log.append("message evaluated")
    return "expensive message"
assert True, expensive()
print("after passing assert:", log)
try:
    assert False, expensive()
except AssertionError as e:
    print(e, log)
def validate(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x >= 0, f"negative: {x}"
    return x * 2
for v in [3, -1, "s", 2.5]:
    try:
        print(validate(v))
    except AssertionError as e:
        print("invalid:", e)
try:
    pair = (False, "tuple is always truthy")
    assert pair
    print("tuple assert passed")
except AssertionError:
    print("never")
class Msg:
    def __str__(self):
        return "custom message object"
try:
    assert 1 > 2, Msg()
except AssertionError as e:
    print(str(e), type(e.args[0]).__name__)
try:
    assert False, ValueError("exception as message")
except AssertionError as e:
    print(repr(e))
print(__debug__)
