# tempfile and shutil: temporary files and folders, copying, moving, removing trees.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.dirname(d) == tempfile.gettempdir())
    src = os.path.join(d, "src.txt")
    with open(src, "w") as f:
        f.write("content")
    shutil.copy(src, os.path.join(d, "copy.txt"))
    shutil.copyfile(src, os.path.join(d, "copy2.txt"))
    os.makedirs(os.path.join(d, "tree", "sub"))
    shutil.copy2(src, os.path.join(d, "tree", "sub", "x.txt"))
    shutil.copytree(os.path.join(d, "tree"), os.path.join(d, "tree2"))
    shutil.move(os.path.join(d, "copy2.txt"), os.path.join(d, "moved.txt"))
    print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, "tree2", "sub"))))
    shutil.rmtree(os.path.join(d, "tree"))
    print(sorted(os.listdir(d)), open(os.path.join(d, "moved.txt")).read())
    print(shutil.disk_usage(d).total > 0, shutil.which("sh") is not None)
print(os.path.exists(d))
with tempfile.NamedTemporaryFile("w+", suffix=".txt") as f:
    f.write("temp")
    f.seek(0)
    print(f.read(), f.name.endswith(".txt"), os.path.exists(f.name))
print(os.path.exists(f.name))
with tempfile.TemporaryFile() as f:
    f.write(b"abc")
    f.seek(0)
    print(f.read())
fd, path = tempfile.mkstemp(prefix="pp")
os.write(fd, b"x")
os.close(fd)
print(os.path.basename(path).startswith("pp"), os.path.getsize(path))
os.remove(path)
