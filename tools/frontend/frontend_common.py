"""Shared by the front-end recorders (tools/frontend/record_*.py): paths and writers.

Every recorder runs under CPython 3.14 (see tools/record-expected), with the repository root as
working directory. Outputs are UTF-8, LF line ends, deterministic.
"""

import base64
import gzip
import io
import json
import os
import sys

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FRONTEND = os.path.join(REPO, "tests", "frontend")


def require_314():
    if sys.version_info[:2] != (3, 14):
        sys.exit(f"{sys.argv[0]}: needs CPython 3.14, running {sys.version}")


def cpython_lib():
    """The CPython Lib folder: $CPYTHON314_LIB, else the running interpreter's own."""
    lib = os.environ.get("CPYTHON314_LIB") or os.path.dirname(os.__file__)
    if not os.path.isdir(os.path.join(lib, "test")):
        sys.exit(f"{lib} has no test/ folder: the goldens need the full Lib (with its test suite)")
    return lib


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def json_line(obj):
    """One JSON line, UTF-8 where possible (lone surrogates fall back to \\u escapes)."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(obj, ensure_ascii=True, sort_keys=False)
    return text


def write_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_jsonl(path, objects):
    write_text(path, "".join(json_line(o) + "\n" for o in objects))


def write_jsonl_gz(path, objects):
    """Gzip without a timestamp or file name in the header, so reruns give identical bytes."""
    data = "".join(json_line(o) + "\n" for o in objects).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(data)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(buf.getvalue())
    return len(data), len(buf.getvalue())


def b64(data):
    return base64.b64encode(data).decode("ascii")


def error_record(exc):
    """What the parity tests compare for an exception raised by compile()."""
    rec = {"type": type(exc).__name__}
    if isinstance(exc, SyntaxError):
        rec["msg"] = exc.msg
        rec["lineno"] = exc.lineno
        rec["offset"] = exc.offset
        rec["end_lineno"] = exc.end_lineno
        rec["end_offset"] = exc.end_offset
    else:
        rec["msg"] = str(exc)
    return rec
