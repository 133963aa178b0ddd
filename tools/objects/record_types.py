"""Records CPython 3.14's MROs for the ProtoPython PyType tests.

Run: $(/work/shared/tools/cpython314.sh) tools/objects/record_types.py
Writes tests/ProtoPython.Objects.Tests/Core/goldens/types.json:
  "builtins": {name: [mro names]} for the builtin types ProtoPython defines so far;
  "classes": [{"name", "bases", "mro"} or {"name", "bases", "error": [type, message]}] built in order,
  each class statement's bases naming earlier classes (or "object").
"""
import builtins, json, os, sys

assert sys.version_info[:2] == (3, 14), sys.version

BUILTINS = ["object", "type", "int", "bool", "float", "str", "tuple", "list", "dict", "NoneType",
            "NotImplementedType", "ellipsis", "BaseException", "Exception", "ArithmeticError", "OverflowError",
            "ZeroDivisionError", "LookupError", "IndexError", "KeyError", "RuntimeError", "RecursionError",
            "NotImplementedError", "TypeError", "ValueError", "AttributeError", "MemoryError", "SystemError",
            "StopIteration"]
SPECIAL = {"NoneType": type(None), "NotImplementedType": type(NotImplemented), "ellipsis": type(...)}

result = {"builtins": {}, "classes": []}
for name in BUILTINS:
    t = SPECIAL.get(name) or getattr(builtins, name)
    assert t.__name__ == name
    result["builtins"][name] = [c.__name__ for c in t.__mro__]

CLASSES = [
    ("A", []), ("B", ["A"]), ("C", ["A"]), ("D", ["B", "C"]), ("E", ["C", "B"]), ("F", ["D", "E"]),
    ("G", ["A", "B"]), ("H", ["A", "A"]), ("I", ["B", "C", "A"]),
    # The classic C3 example (Wikipedia / Python 2.3 MRO paper).
    ("O", ["object"]), ("K_A", ["O"]), ("K_B", ["O"]), ("K_C", ["O"]), ("K_D", ["O"]), ("K_E", ["O"]),
    ("K1", ["K_A", "K_B", "K_C"]), ("K2", ["K_D", "K_B", "K_E"]), ("K3", ["K_D", "K_A"]),
    ("Z", ["K1", "K2", "K3"]),
    ("X", ["int"]), ("Y", ["X", "float"]), ("W", ["bool"]), ("V", ["ValueError", "KeyError"]),
    ("U", ["object", "A"]), ("T", ["B", "object", "C"]),
]
env = {"object": object, "int": int, "float": float, "bool": bool, "ValueError": ValueError, "KeyError": KeyError}
for name, bases in CLASSES:
    try:
        cls = type(name, tuple(env[b] for b in bases), {})
    except TypeError as e:
        result["classes"].append({"name": name, "bases": bases, "error": [type(e).__name__, str(e)]})
    else:
        env[name] = cls
        result["classes"].append({"name": name, "bases": bases, "mro": [c.__name__ for c in cls.__mro__]})

out_path = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "ProtoPython.Objects.Tests", "Core", "goldens", "types.json")
os.makedirs(os.path.dirname(out_path), exist_ok=True)
with open(out_path, "w") as f:
    json.dump(result, f, indent=1)
    f.write("\n")
