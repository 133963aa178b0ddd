#!/usr/bin/env python3
"""Records the tokenizer goldens with CPython 3.14 (run with ../shared/tools/cpython314.sh's python).

Writes tests/frontend/tokens/tokens.json: for each snippet of tokens_corpus.py,
  - "tokenize": the tokenize module's stream (exact type names, string, start, end in characters),
  - "parser": the C tokenizer's stream in parser mode (_tokenize.TokenizerIter, extra_tokens=False),
  - "compile": compile()'s SyntaxError (or null) and the warnings it emitted.
tests/frontend/tokens/literals.json: for each string literal of tokens_corpus.LITERALS, its value
(ast), compile()'s error and warnings;
tests/frontend/tokens/encodings.json: for each source of tokens_corpus.ENCODINGS, compile()'s error
or the str bound to x;
and tests/frontend/tokens/stdlib_counts.json: tokenize's token count for a sample of 50 Lib files,
the number of .py files and the files compile() rejects; tests/frontend/tokens/stdlib_hashes.json:
for every Lib file, a hash of its token stream in both modes.

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

warnings.simplefilter("ignore")

import _tokenize

sys.path.insert(0, os.path.dirname(__file__))
from tokens_corpus import CORPUS, ENCODINGS, LITERALS  # noqa: E402

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


def literal_value(src):
    """The literal's value as code points (str) or hex (bytes); f-/t-strings give their literal parts joined."""
    import ast
    node = ast.parse(src).body[-1].value
    if isinstance(node, ast.Constant):
        v = node.value
        if isinstance(v, bytes):
            return {"kind": "bytes", "hex": v.hex()}
        return {"kind": "str", "cps": [ord(ch) for ch in v]}
    parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
    return {"kind": "str", "cps": [ord(ch) for ch in "".join(parts)]}


def record_literals():
    out = []
    for name, src in LITERALS:
        err, warns = run_compile(src)
        value = None
        if err is None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                value = literal_value(src)
        out.append({"name": name, "source": src, "value": value, "compile": err, "warnings": warns})
    with open(os.path.join(OUT, "literals.json"), "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "cases": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def record_encodings():
    import base64
    out = []
    for name, data in ENCODINGS:
        entry = {"name": name, "source_b64": base64.b64encode(data).decode("ascii"), "value": None, "compile": None}
        try:
            code = compile(data, "<case>", "exec", dont_inherit=True)
            ns = {}
            exec(code, ns)
            entry["value"] = [ord(ch) for ch in ns["x"]] if isinstance(ns.get("x"), str) else None
        except SyntaxError as e:
            entry["compile"] = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset}
        out.append(entry)
    with open(os.path.join(OUT, "encodings.json"), "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "cases": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def stream_hashes(data):
    """SHA-1 of a file's token stream in both modes; rows are "TYPE\\x01string\\x01sl,sc,el,ec"."""
    import hashlib
    result = {}
    for mode in ("extra", "parser"):
        rows = []
        try:
            if mode == "extra":
                for t in tokenize.tokenize(io.BytesIO(data).readline):
                    if t.type != tokenize.ENCODING:
                        rows.append(f"{token.tok_name[t.exact_type]}\x01{t.string}\x01{t.start[0]},{t.start[1]},{t.end[0]},{t.end[1]}")
            else:
                enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
                for t in _tokenize.TokenizerIter(io.BytesIO(data).readline, extra_tokens=False, encoding=enc):
                    rows.append(f"{token.tok_name[t[0]]}\x01{t[1]}\x01{t[2][0]},{t[2][1]},{t[3][0]},{t[3][1]}")
            result[mode] = hashlib.sha1("\n".join(rows).encode("utf-8", "surrogatepass")).hexdigest()
        except (tokenize.TokenError, SyntaxError):
            result[mode] = "error"
    return result


def main():
    record_literals()
    record_encodings()
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
            if fn.endswith(".py") and os.path.isfile(os.path.join(dirpath, fn)):
                files.append(os.path.relpath(os.path.join(dirpath, fn), lib).replace(os.sep, "/"))
    files.sort()
    step = max(1, len(files) // 50)
    counts = {}
    for rel in files[::step] + files[1::step]:
        if len(counts) == 50:
            break
        with open(os.path.join(lib, rel), "rb") as f:
            data = f.read()
        try:
            n = sum(1 for t in tokenize.tokenize(io.BytesIO(data).readline) if t.type != tokenize.ENCODING)
        except (tokenize.TokenError, SyntaxError):
            continue
        counts[rel] = n
    hashes = {}
    for rel in files:
        with open(os.path.join(lib, rel), "rb") as f:
            hashes[rel] = stream_hashes(f.read())
    with open(os.path.join(OUT, "stdlib_hashes.json"), "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "hashes": hashes}, f, indent=0, sort_keys=True)
        f.write("\n")

    rejected = {}
    for rel in files:
        with open(os.path.join(lib, rel), "rb") as f:
            data = f.read()
        try:
            compile(data, rel, "exec", dont_inherit=True)
        except SyntaxError as e:
            rejected[rel] = type(e).__name__ + ": " + str(e.msg)
        except (ValueError, MemoryError, RecursionError) as e:
            rejected[rel] = type(e).__name__
    with open(os.path.join(OUT, "stdlib_counts.json"), "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "total": len(files), "counts": counts,
                   "rejected": rejected}, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(cases)} snippets, {len(counts)} stdlib files")


if __name__ == "__main__":
    main()
