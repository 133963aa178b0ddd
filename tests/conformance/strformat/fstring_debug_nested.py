# More f-string behavior: evaluation order, side effects, nested quotes, dict/set exprs, walrus.
calls = []
def val(n):
    calls.append(n)
    return n
print(f"{val(1)}{val(2):>{val(3)}}{val(4)!r}", calls)
print(f"{(y := 5)} {y * 2}")
print(f"{ {1, 2} == {2, 1} }", f"{ {'a': 1} }", f"{ [1, 2][::-1] }")
print(f"{'{'}{'}'}", f"{'{}'}", f"{chr(123)}")
data = {"name": "x", "vals": [1.5, 2.25]}
print(f"{data['name']!r:>5} {data['vals'][1]:.1f} {sum(data['vals']):g}")
print(f"{3 if True else 4:>3}|", f"{(1, 2)!s}", f"{(1,)}")
print(f"{'a' 'b'!r}", f"{ 1 + 1 = }", f"{1==1=}", f"{x:=^5}" if (x := 3) else "")
width = 6
for v in (1, 22.5, "abc", None, True):
    print(f"[{v!s:<{width}}] [{v!r:>{width + 2}}]")
print(f"{'':>3}|{'':*^5}|{'':.0}|")
print(f"{len('\U0001F600')}", f"{'\U0001F600':>3}|", f"{'é'!a}")
print(f"{0.1 + 0.2=}", f"{2 ** 100=}", f"{-0.0=}", f"{1e300 * 10=}")
print(f"{'x' * 3:{'>'}{5}}", f"{12345:{','}}", f"{12345:{'_'}x}")
class Obj:
    attr = "A"
    def meth(self, n):
        return n * 2
o = Obj()
print(f"{o.attr}{o.meth(3)}{Obj.attr.lower()}")
print(f"{[f'{i:02}' for i in range(3)]}", f"{'-'.join(f'{c}!' for c in 'ab')}")
