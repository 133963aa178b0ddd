# pathlib: pure paths and real file operations.
import os
from pathlib import Path, PurePosixPath

p = PurePosixPath("/usr/lib/python3.14/os.py")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, p.is_absolute())
print(p.with_suffix(".pyc"), p.with_name("x.py"), p.relative_to("/usr"), p.match("*.py"), p / "x", "a" / PurePosixPath("b"))
print(PurePosixPath("a/b/../c"), PurePosixPath("a//b/./c"), list(p.parents)[:2], PurePosixPath("x.tar.gz").suffixes)
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"), repr(PurePosixPath("q")))
base = Path("/tmp") / ("protopy_pathlib_%d" % os.getpid())
base.mkdir()
(base / "sub").mkdir(parents=True, exist_ok=True)
f = base / "file.txt"
print(f.write_text("hello\nworld\n"), f.read_text(), f.read_bytes(), f.exists(), f.is_file(), f.is_dir(), f.stat().st_size)
(base / "sub" / "x.py").write_bytes(b"pass\n")
print(sorted(c.name for c in base.iterdir()), sorted(str(q.relative_to(base)) for q in base.rglob("*.py")), sorted(q.name for q in base.glob("*")))
g = f.rename(base / "renamed.txt")
print(g.name, f.exists(), g.exists(), g.with_suffix(".md").name)
with g.open() as h:
    print(h.readline().strip())
g.unlink()
(base / "sub" / "x.py").unlink()
(base / "sub").rmdir()
base.rmdir()
print(base.exists(), Path("/").is_dir(), Path.cwd().is_absolute(), Path("~").expanduser().is_absolute())
