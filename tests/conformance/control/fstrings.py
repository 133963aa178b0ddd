# f-string basics: conversions, format specs, nesting, = specifier, escapes.
name, value, pi = "ada", 42, 3.14159
items = [1, 2, 3]
print(f"{name} {value} {pi}")
print(f"{name!r} {name!s} {'é'!a} {items!r}")
print(f"{value:5}|{value:<5}|{value:^5}|{value:>5}|{value:05}|{value:+}")
print(f"{pi:.2f} {pi:8.3f} {pi:e} {pi:.0%} {1234567.891:,.2f} {1234567:_}")
print(f"{value:x} {value:X} {value:o} {value:b} {value:#x} {value:#b} {255:08b}")
print(f"{name:*^11} {name:>{value // 7}} {pi:.{1 + 1}f}")
print(f"{value=} {name = } {pi=:.1f} {items[1]=}")
print(f"{{literal braces}} {{{value}}}")
print(f"{'nested ' + f'{value}'} {f'{f"{1}"}'}")
print(f"{items[0] + items[-1]} {len(name)} {name.upper()} {value if value > 40 else 0}")
d = {"k": "v"}
print(f"{d['k']} {d["k"]}")
print(f"{3 * 'ab'} {[x * 2 for x in items]} {(lambda: 'lam')()}")
print(f"multi {name}"
      f" line {value}")
print(f"tab\t|newline escaped\\n|{chr(65)}")
print(F"capital F {value}", rf"raw \n {value}", fr"{name}\t")
class Custom:
    def __format__(self, spec):
        return f"<Custom spec={spec!r}>"
    def __repr__(self):
        return "Custom()"
    def __str__(self):
        return "custom-str"
c = Custom()
print(f"{c} {c:abc} {c!r} {c!s}")
print(f"{None} {True} {None!r} {True:>6}")
for bad in ["{value:z}", "{name:d}", "{pi:,d}"]:
    try:
        print(eval("f" + repr(bad)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
width = 10
print(f"{'right':>{width}}|{'left':<{width}}|")
print(f"{3.0:g} {1e20:g} {0.00001:g} {1/3:.3g} {-0.0:+}")
print(f"{'x'!r:>5}", f"{value:{'>'}{6}}")
