# os.path (posixpath) on strings and bytes.
import os.path as p

for path in ("/a/b/c.txt", "a/b/", "/", "", "c.tar.gz", ".bashrc", "a/./b/../c", "//x//y", "~/q"):
    print(repr(path), p.split(path), p.splitext(path), p.basename(path), p.dirname(path), p.isabs(path), p.normpath(path))
print(p.join("a", "b", "c"), p.join("/a", "/b"), p.join("a", ""), p.join(b"x", b"y"))
print(p.commonpath(["/a/b/c", "/a/b/d"]), p.commonprefix(["abc", "abd"]), p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"))
print(p.splitdrive("/x/y"), p.splitroot("//x/y"), p.normcase("AbC"))
print(p.abspath("/x/../y"), p.realpath("/") == "/", p.sep, p.normpath(b"/a//b/./c/.."))
print(p.exists("/"), p.lexists("/nonexistent/x"), p.isdir("/tmp"), p.isfile("/tmp"), p.ismount("/"))
