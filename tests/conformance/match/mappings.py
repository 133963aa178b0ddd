# Mapping patterns: required keys, **rest, extra keys allowed, get() usage.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods.items())}"
        case {"type": "key", "key": k}:
            return f"plain key {k!r}"
        case {"type": t, **rest}:
            return f"unknown type {t} rest={rest}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "extra": True},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "key", "key": 5},
    {"type": "scroll", "dy": -1},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(e, "->", handle(e))
class Lookup(dict):
    def __missing__(self, key):
        return "from __missing__"
match Lookup(a=1):
    case {"b": v}:
        print("matched missing key?", v)
    case {"a": v}:
        print("mapping patterns use get(), not __missing__:", v)
class Keys:
    A = "a"
match {"a": 1, 1: "one", None: 0, -2: "t", "extra": [1]}:
    case {Keys.A: a, 1: one, None: z, -2: t, **rest}:
        print(a, one, z, t, rest)
match {"x": 1}:
    case {"x": 1, **rest}:
        print("rest is a new dict:", rest, type(rest).__name__)
try:
    compile("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "<s>", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
k = "dup"
class K:
    a = "dup"
    b = "dup"
try:
    match {"dup": 1, "other": 2}:
        case {K.a: 1, K.b: 1}:
            print("matched with duplicate value keys")
        case _:
            print("duplicate value keys: no match")
except ValueError as e:
    print(type(e).__name__, e)
