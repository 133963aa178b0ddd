"""Whole-Lib compile golden: tests/frontend/stdlib_compile.json and tests/frontend/CPYTHON_VERSION.

compile(data, path, 'exec', dont_inherit=True) on the bytes of every .py file under the CPython
Lib folder (test/ included), walked in sorted order. Warnings (SyntaxWarning, ...) are ignored:
only files CPython rejects are listed, with the exception's type, msg and position.
Files that cannot be read (Debian's dangling sitecustomize.py symlink) are listed as unreadable
and not counted in total. "lib_sha256" identifies the Lib compiled: the SHA-256 of the UTF-8 text
made of one line "<path>\t<hex SHA-256 of the file's bytes>\n" per compiled file, in walk order.
"""

import hashlib
import json
import os
import warnings

from frontend_common import FRONTEND, cpython_lib, error_record, python_version, require_314, write_text


def main():
    require_314()
    lib = cpython_lib()
    total = 0
    rejected = {}
    unreadable = []
    listing = hashlib.sha256()
    for folder, subfolders, files in os.walk(lib):
        subfolders.sort()
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, lib).replace(os.sep, "/")
            try:
                with open(path, "rb") as f:
                    data = f.read()
            except OSError:
                unreadable.append(rel)
                continue
            total += 1
            listing.update(f"{rel}\t{hashlib.sha256(data).hexdigest()}\n".encode("utf-8"))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    compile(data, rel, "exec", dont_inherit=True)
                except Exception as exc:  # SyntaxError and any other rejection
                    rejected[rel] = error_record(exc)
    result = {
        "python": python_version(),
        "total": total,
        "lib_sha256": listing.hexdigest(),
        "unreadable": unreadable,
        "rejected": rejected,
    }
    write_text(os.path.join(FRONTEND, "stdlib_compile.json"),
               json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    write_text(os.path.join(FRONTEND, "CPYTHON_VERSION"), python_version() + "\n")
    print(f"stdlib_compile.json: {total} files, {len(rejected)} rejected, {len(unreadable)} unreadable")


if __name__ == "__main__":
    main()
