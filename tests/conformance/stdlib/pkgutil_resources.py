# pkgutil, importlib.resources and runpy over a package written to a temporary folder.
import importlib.resources as resources
import os
import pkgutil
import runpy
import sys
import tempfile

FILES = {
    "respkg/__init__.py": "NAME = 'respkg'\n",
    "respkg/alpha.py": "A = 1\n",
    "respkg/data.txt": "line one\nline two\n",
    "respkg/sub/__init__.py": "",
    "respkg/sub/beta.py": "B = 2\n",
    "respkg/sub/notes.json": '{"k": [1, 2]}\n',
    "respkg/__main__.py": "import sys\nprint('main of', __spec__.name, __package__, __name__)\n",
    "respkg/runme.py": "RESULT = __name__ + ' ' + str(__package__)\nif __name__ == '__main__':\n    print('running as main')\n",
    "script_dir/__main__.py": "print('dir main', __name__)\n",
    "plain.py": "X = 'plain'\n",
}

with tempfile.TemporaryDirectory() as tmp:
    for rel, text in FILES.items():
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    sys.path.insert(0, tmp)

    print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([tmp]) if m.name != "__main__"))
    print(sorted(m.name for m in pkgutil.iter_modules([os.path.join(tmp, "respkg")], "respkg.")))
    print(sorted(m.name for m in pkgutil.walk_packages([os.path.join(tmp, "respkg")], "respkg.")))
    finder = next(pkgutil.iter_modules([tmp])).module_finder
    print(type(finder).__name__)
    print(pkgutil.get_data("respkg", "data.txt"))
    print(pkgutil.resolve_name("respkg.sub.beta:B"), pkgutil.resolve_name("os.path").__name__)

    files = resources.files("respkg")
    print(files.joinpath("data.txt").read_text())
    print(files.joinpath("sub", "notes.json").read_bytes())
    print(sorted(p.name for p in files.iterdir() if not p.name.startswith("__")))
    print(files.joinpath("data.txt").is_file(), files.joinpath("sub").is_dir())
    print(resources.read_text("respkg", "data.txt").splitlines())
    with resources.as_file(files.joinpath("data.txt")) as real:
        print(os.path.basename(real), os.path.exists(real))
    import respkg.sub
    print(resources.files(respkg.sub).joinpath("notes.json").read_text().strip())

    globs = runpy.run_module("respkg.runme")
    print(globs["RESULT"], globs["__name__"], globs["__spec__"].name)
    globs = runpy.run_module("respkg.runme", run_name="__main__")
    print(globs["RESULT"])
    runpy.run_module("respkg", run_name="__main__", alter_sys=False)
    globs = runpy.run_path(os.path.join(tmp, "plain.py"))
    print(globs["X"], globs["__name__"])
    runpy.run_path(os.path.join(tmp, "script_dir"), run_name="__main__")
    try:
        runpy.run_module("respkg.absent")
    except ImportError as e:
        print(type(e).__name__, e)
    sys.path.remove(tmp)
