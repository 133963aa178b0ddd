# py_compile writes a cache file beside a source (ProtoPython's: a header, see
# docs/design/import-system.md) and the module still imports; marshal round-trips plain values.
import importlib
import marshal
import os
import py_compile
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "compiled_mod.py")
    with open(src, "w") as f:
        f.write("def f():\n    return 'compiled ok'\n")
    cfile = py_compile.compile(src, doraise=True)
    print(os.path.relpath(cfile, tmp).replace(sys.implementation.cache_tag, "TAG"), os.path.exists(cfile))
    sys.path.insert(0, tmp)
    importlib.invalidate_caches()
    import compiled_mod
    print(compiled_mod.f())
    bad = os.path.join(tmp, "broken.py")
    with open(bad, "w") as f:
        f.write("def f(:\n")
    try:
        py_compile.compile(bad, doraise=True)
    except py_compile.PyCompileError as e:
        print("PyCompileError", e.exc_type_name)
    sys.path.remove(tmp)

values = [None, True, False, Ellipsis, 0, -1, 2**31 - 1, 2**31, -2**63, 3**100, 1.5, -0.0, 2j + 1,
          "", "text", "ünïcode ✓", b"", b"\x00bytes", (), (1, "a"), [1, [2, (3,)]],
          {"k": [1, 2], 3: None}, {1, 2}, frozenset({"x"})]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(type(back).__name__, back == v or (v != v), type(data).__name__)
# Data CPython wrote (marshal.dumps((1, 'ab', [2.5, None], {'k': b'v'})) in CPython 3.14).
print(marshal.loads(b'\xa9\x04\xe9\x01\x00\x00\x00\xda\x02ab[\x02\x00\x00\x00\xe7\x00\x00\x00\x00\x00\x00\x04@N{\xda\x01k\xf3\x01\x00\x00\x00v0'))
for bad in (b"", b"i\x01", b"\xff"):
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print("ValueError", e)
print(marshal.version)
