#!/usr/bin/env python3
"""Records the tokenizer goldens with CPython 3.14 (run with ../shared/tools/cpython314.sh's python).

Writes tests/frontend/tokens/tokens.json: for each snippet of tokens_corpus.py,
  - "tokenize": the tokenize module's stream (exact type names, string, start, end in characters),
  - "parser": the C tokenizer's stream in parser mode (_tokenize.TokenizerIter, extra_tokens=False),
  - "compile": compile()'s SyntaxError (or null) and the warnings it emitted.
and tests/frontend/tokens/stdlib_counts.json: tokenize's token count for a sample of 50 Lib files.

Usage: python3.14 tools/frontend/record_tokens.py
"""
import io
import json
import os
import sys
import sysconfig
import token
import tokenize
import warnings

import _tokenize

sys.path.insert(0, os.path.dirname(__file__))
from tokens_corpus import CORPUS  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "frontend", "tokens")


def tok_row(type_, string, start, end):
    return [token.tok_name[type_], string, start[0], start[1], end[0], end[1]]


def run_tokenize(src):
    rows = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            rows.append(tok_row(t.exact_type, t.string, t.start, t.end))
        return {"tokens": rows, "error": None}
    except (tokenize.TokenError, SyntaxError) as e:
        return {"tokens": rows, "error": str(e.args[0])}


def run_parser_mode(src):
    rows = []
    try:
        for t in _tokenize.TokenizerIter(io.StringIO(src).readline, extra_tokens=False):
            type_, string, start, end, _line = t
            rows.append(tok_row(type_, string, start, end))
        return {"tokens": rows, "error": None}
    except SyntaxError as e:
        return {"tokens": rows, "error": str(e.args[0])}


def run_compile(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<case>", "exec", dont_inherit=True)
            err = None
        except SyntaxError as e:
            err = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                   "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    warns = [{"category": w.category.__name__, "msg": str(w.message), "lineno": w.lineno} for w in caught]
    return err, warns


def main():
    cases = []
    names = set()
    for name, src in CORPUS:
        assert name not in names, name
        names.add(name)
        err, warns = run_compile(src)
        cases.append({"name": name, "source": src, "tokenize": run_tokenize(src),
                      "parser": run_parser_mode(src), "compile": err, "warnings": warns})
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "tokens.json"), "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")

    lib = sysconfig.get_paths()["stdlib"]
    files = []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for fn in sorted(filenames):
            if fn.endswith(".py"):
                files.append(os.path.relpath(os.path.join(dirpath, fn), lib).replace(os.sep, "/"))
    files.sort()
    step = max(1, len(files) // 50)
    counts = {}
    for rel in files[::step][:50]:
        with open(os.path.join(lib, rel), "rb") as f:
            data = f.read()
        try:
            n = sum(1 for t in tokenize.tokenize(io.BytesIO(data).readline) if t.type != tokenize.ENCODING)
        except (tokenize.TokenError, SyntaxError):
            continue
        counts[rel] = n
    with open(os.path.join(OUT, "stdlib_counts.json"), "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "counts": counts}, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(cases)} snippets, {len(counts)} stdlib files")


if __name__ == "__main__":
    main()
