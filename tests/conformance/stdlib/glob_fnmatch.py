# fnmatch patterns and glob over a small tree.
import fnmatch
import glob
import os

print(fnmatch.fnmatch("a.py", "*.py"), fnmatch.fnmatch("a.PY", "*.py"), fnmatch.fnmatchcase("a.PY", "*.py"))
print(fnmatch.filter(["a.py", "b.txt", "c.py", "d"], "*.py"), fnmatch.translate("*.p[yc]"))
print(fnmatch.fnmatch("x1", "x[0-9]"), fnmatch.fnmatch("x!", "x[!a-z]"), fnmatch.fnmatch("?", "[?]"))
base = "/tmp/protopy_glob_%d" % os.getpid()
for rel in ("a.py", "b.py", "c.txt", "sub/d.py", "sub/deeper/e.py", ".hidden.py"):
    os.makedirs(os.path.dirname(os.path.join(base, rel)), exist_ok=True)
    open(os.path.join(base, rel), "w").close()
rel = lambda paths: sorted(os.path.relpath(p, base) for p in paths)
print(rel(glob.glob(os.path.join(base, "*.py"))))
print(rel(glob.glob(os.path.join(base, "**", "*.py"), recursive=True)))
print(rel(glob.glob(os.path.join(base, "?.txt"))), rel(glob.glob(os.path.join(base, "sub", "*"))))
print(sorted(glob.glob("*.py", root_dir=base)), sorted(glob.iglob("**/", root_dir=base, recursive=True)))
print(glob.escape("a[b]*?"), glob.has_magic("a*"), glob.has_magic("abc"))
for root, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        os.rmdir(os.path.join(root, name))
os.rmdir(base)
