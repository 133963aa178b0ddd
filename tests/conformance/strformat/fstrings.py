# f-strings: expressions, = debugging, nested specs, conversions, quotes, multiline, escapes.
x = 10
y = 2.5
name = "Ann"
items = [1, 2, 3]
d = {"k": "v"}
print(f"{x} {y} {name} {items} {d}")
print(f"{x + 1} {x * y} {items[-1]} {d['k']} {len(name)} {name.upper()}")
print(f"{x=} {y = } {name=!s} {x+1=} {items[0]=:>5}|")
print(f"{x!r} {name!r} {name!a} {'é'!a} {name!s:>6}|")
print(f"{y:.3f} {x:#x} {x:08b} {x:,} {10**6:_} {y:10.2e}|{x:^9}|")
w, p = 12, 3
print(f"{y:{w}.{p}f}|{y:>{w}}|{name:{'*'}^{w}}|")
print(f"{'nested ' + f'{x}'}", f"{f'{f'{x}'}'}", f"{'a' if x > 5 else 'b'}")
print(f"{{literal}} {{{x}}} {{}}")
print(f"""multi
{x}
line""")
print(f"{x:{'>'}{10}}|", f"{3.14159:.{2}f}", f"{'abc':.{1}}")
print(f"{(lambda v: v * 2)(x)}", f"{[i * i for i in range(4)]}", f"{ {'a': 1}['a'] }")
print(f"{x:}", f"{name:}", f"{x!r:}", f"{'\n'.join(['a', 'b'])!r}")
print(f"{x:>{w}d}|", f"{-x:+d}", f"{x:=+8}", f"{x:z}" if False else "")
print(f"{'quote\"s'}", f'{"single\'s"}', f"{'\\t'}", f"{name!r:^10}|")
print(f"{x:%}" if False else f"{0.25:%}", f"{1e6:g}", f"{1e-7:g}", f"{y:n}")
print(f"{name=:>8}|", f"{x = :#o}", f"{items[1:]=}")
print(f"a" f"{x}" "b" f"{y}")
fmt = "{}-{}"
print(f"{fmt.format(1, 2)}", f"{fmt!r}")
try:
    print(f"{x:q}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{name:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{undefined_name}")
except NameError as e:
    print(type(e).__name__, e)
class T:
    def __format__(self, spec):
        return f"T[{spec}]"
    def __repr__(self):
        return "T()"
t = T()
print(f"{t}", f"{t:abc}", f"{t!r}", f"{t=}", f"{t=:x}", f"{t!r:>6}")
