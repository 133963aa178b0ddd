# with statements: enter/exit order, multiple managers, exceptions and suppression.
log = []
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    def __enter__(self):
        log.append(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"enter {self.name} failed")
        return self.name
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress
with CM("a") as a, CM("b") as b:
    log.append(f"body {a}{b}")
print(log); log.clear()
with (CM("p") as p,
      CM("q") as q):
    log.append("parenthesized")
print(log); log.clear()
try:
    with CM("x"), CM("y"):
        raise ValueError("boom")
except ValueError as e:
    log.append(f"caught {e}")
print(log); log.clear()
with CM("outer", suppress=True), CM("inner"):
    raise KeyError("k")
log.append("after suppression")
print(log); log.clear()
try:
    with CM("ok"), CM("bad", fail_enter=True), CM("never"):
        log.append("no body")
except RuntimeError as e:
    log.append(str(e))
print(log); log.clear()
def ret():
    with CM("r"):
        return "returned"
print(ret(), log); log.clear()
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print(log); log.clear()
with CM("target") as (t):
    pass
cm = CM("list")
with cm as items:
    pass
targets = {}
with CM("sub") as targets["k"]:
    pass
print(targets, log); log.clear()
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
