"""Record the AST model goldens (run by tools/record-expected, or `tools/record-expected ast_model`).

Runs the main() of the three printing scripts next to this file and writes their output under
tests/frontend/:
  ast_schema.py      -> ast_schema.json      node classes, fields, field types, attributes
  literal_reprs.py   -> literal_reprs.json   repr() of floats, complex numbers, bytes
  ast_dump_cases.py  -> ast_dump_cases.json  ast.dump() of built and parsed trees
"""
import contextlib
import importlib
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "frontend")
sys.path.insert(0, HERE)

for module, output in [("ast_schema", "ast_schema.json"),
                       ("literal_reprs", "literal_reprs.json"),
                       ("ast_dump_cases", "ast_dump_cases.json")]:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        importlib.import_module(module).main()
    with open(os.path.join(OUT, output), "w", encoding="utf-8", newline="\n") as f:
        f.write(buffer.getvalue())
    print(output)
