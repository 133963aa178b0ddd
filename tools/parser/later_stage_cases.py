"""List the SyntaxError cases that CPython 3.14 raises after parsing.

For every case of tests/frontend/syntax_errors/cases.jsonl, ast.parse (PyCF_ONLY_AST) is tried
with the same mode: when it succeeds, the error comes from the symtable or the compiler, not the
parser. Prints one case name a line, for the known-later list of SyntaxErrorParityTests.

Usage: python3.14 tools/parser/later_stage_cases.py
"""
import ast
import base64
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parents[2]
cases = root / "tests" / "frontend" / "syntax_errors" / "cases.jsonl"
for line in cases.read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    case = json.loads(line)
    source = base64.b64decode(case["source_b64"]) if "source_b64" in case else case["source"]
    try:
        compile(source, "<case>", case["mode"], flags=ast.PyCF_ONLY_AST, dont_inherit=True)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        continue
    print(case["name"])
assert sys.version_info[:2] == (3, 14), sys.version
