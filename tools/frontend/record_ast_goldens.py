"""AST parity goldens: tests/frontend/ast/manifest.txt and tests/frontend/ast/goldens.jsonl.gz.

The manifest is written here: the `lib:<path under the CPython Lib>` lines chosen by
ast_lib_selection.py, then one `corpus:<file>` line for each file in tests/frontend/ast/corpus/
(sorted). For each entry, in manifest order, one JSON line
{"entry": <manifest line>, "sha256": <hex digest of the source bytes>, "dump": ...}
with dump = ast.dump(ast.parse(source_bytes), include_attributes=True). The digest lets a test
tell "this Lib file is not the one the golden was made from" apart from a parser bug.
Every corpus file must parse; SyntaxWarnings are ignored.
"""

import ast
import hashlib
import os
import sys
import warnings

from ast_lib_selection import choose
from frontend_common import FRONTEND, cpython_lib, require_314, write_jsonl_gz, write_text


def main():
    require_314()
    folder = os.path.join(FRONTEND, "ast")
    corpus = os.path.join(folder, "corpus")
    records = [{"entry": "lib:" + rel, "sha256": hashlib.sha256(data).hexdigest(), "dump": dump}
               for rel, data, dump in choose(cpython_lib())]
    lib_count = len(records)
    failures = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(corpus, name), "rb") as f:
            data = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                tree = ast.parse(data)
            except Exception as exc:
                failures.append(f"corpus/{name}: {type(exc).__name__}: {exc}")
                continue
        records.append({"entry": "corpus:" + name, "sha256": hashlib.sha256(data).hexdigest(),
                        "dump": ast.dump(tree, include_attributes=True)})
    if failures:
        sys.exit("corpus files CPython does not parse:\n  " + "\n  ".join(failures))
    write_text(os.path.join(folder, "manifest.txt"), "".join(r["entry"] + "\n" for r in records))
    raw, packed = write_jsonl_gz(os.path.join(folder, "goldens.jsonl.gz"), records)
    print(f"goldens.jsonl.gz: {lib_count} lib + {len(records) - lib_count} corpus entries, "
          f"{raw} bytes, {packed} gzipped")


if __name__ == "__main__":
    main()
