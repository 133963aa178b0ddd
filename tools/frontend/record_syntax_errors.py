"""SyntaxError parity goldens: tests/frontend/syntax_errors/cases.jsonl.

For each (name, source, mode) of syntax_error_inputs.CASES, one JSON line
{"name", "source" | "source_b64", "mode", "expected"} where expected is what
compile(source, "<case>", mode, dont_inherit=True) raises under CPython 3.14:
{"type", "msg", "lineno", "offset", "end_lineno", "end_offset"} for SyntaxError and its
subclasses (values may be null), {"type", "msg"} for anything else (MemoryError,
RecursionError, ValueError). RecursionError's "Stack overflow (used N kB)" varies from run to run:
N is recorded as "...". Warnings are ignored. A case that compiles is an error in the inputs.
"""

import os
import re
import sys
import warnings

from frontend_common import FRONTEND, b64, error_record, require_314, write_jsonl
from syntax_error_inputs import CASES


def expected_for(source, mode):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(source, "<case>", mode, dont_inherit=True)
        except (Exception, RecursionError) as exc:
            rec = error_record(exc)
            if rec["type"] == "RecursionError":
                rec["msg"] = re.sub(r"used \d+ kB", "used ... kB", rec["msg"])
            return rec
    return None


def main():
    require_314()
    names = [name for name, _, _ in CASES]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        sys.exit(f"duplicate case names: {duplicates}")
    records, accepted = [], []
    for name, source, mode in CASES:
        expected = expected_for(source, mode)
        if expected is None:
            accepted.append(name)
            continue
        rec = {"name": name}
        if isinstance(source, bytes):
            rec["source_b64"] = b64(source)
        else:
            rec["source"] = source
        rec["mode"] = mode
        rec["expected"] = expected
        records.append(rec)
    if accepted:
        sys.exit("cases CPython compiles without error (fix syntax_error_inputs.py):\n  " + "\n  ".join(accepted))
    write_jsonl(os.path.join(FRONTEND, "syntax_errors", "cases.jsonl"), records)
    kinds = {}
    for r in records:
        kinds[r["expected"]["type"]] = kinds.get(r["expected"]["type"], 0) + 1
    print(f"cases.jsonl: {len(records)} cases " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
