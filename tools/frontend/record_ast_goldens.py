"""AST parity goldens: tests/frontend/ast/goldens.jsonl.gz.

Reads tests/frontend/ast/manifest.txt: `lib:<path under the CPython Lib>` lines (chosen by
select_ast_lib.py, kept as they are) and `corpus:<file>` lines, which this script rewrites to
list exactly the files in tests/frontend/ast/corpus/ (sorted), after the lib: lines.
For each entry, in manifest order, one JSON line {"entry": <manifest line>, "dump": ...} with
dump = ast.dump(ast.parse(source_bytes), include_attributes=True). Every entry must parse;
SyntaxWarnings are ignored.
"""

import ast
import os
import sys
import warnings

from frontend_common import FRONTEND, cpython_lib, require_314, write_jsonl_gz, write_text

MAX_DUMP = 3_000_000


def main():
    require_314()
    lib = cpython_lib()
    folder = os.path.join(FRONTEND, "ast")
    manifest = os.path.join(folder, "manifest.txt")
    corpus = os.path.join(folder, "corpus")
    with open(manifest, encoding="utf-8") as f:
        lib_entries = [line.strip() for line in f if line.strip().startswith("lib:")]
    corpus_entries = ["corpus:" + name for name in sorted(os.listdir(corpus)) if name.endswith(".py")]
    entries = lib_entries + corpus_entries
    write_text(manifest, "".join(e + "\n" for e in entries))

    records, failures = [], []
    for entry in entries:
        kind, _, rel = entry.partition(":")
        path = os.path.join(lib if kind == "lib" else corpus, *rel.split("/"))
        with open(path, "rb") as f:
            data = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                tree = ast.parse(data)
            except Exception as exc:
                failures.append(f"{entry}: {type(exc).__name__}: {exc}")
                continue
        dump = ast.dump(tree, include_attributes=True)
        if len(dump) > MAX_DUMP:
            failures.append(f"{entry}: dump of {len(dump)} bytes exceeds {MAX_DUMP}")
            continue
        records.append({"entry": entry, "dump": dump})
    if failures:
        sys.exit("manifest entries CPython does not accept:\n  " + "\n  ".join(failures))
    raw, packed = write_jsonl_gz(os.path.join(folder, "goldens.jsonl.gz"), records)
    print(f"goldens.jsonl.gz: {len(lib_entries)} lib + {len(corpus_entries)} corpus entries, "
          f"{raw} bytes, {packed} gzipped")


if __name__ == "__main__":
    main()
