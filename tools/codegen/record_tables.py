"""Records co_linetable / co_exceptiontable oracles for the assembler's table encoders.

For every code object compiled from the given sources, writes one JSON line with
co_firstlineno, the run-length positions (one [count, line, col, end_line, end_col] per run of
identical per-code-unit positions; -1 for None), the exception table entries in code units and
both tables as hex. Run with CPython 3.14:
    python3.14 tools/codegen/record_tables.py Lib/a.py Lib/b.py > tests/frontend/codegen/tables.jsonl
"""
import dis
import json
import sys


def walk(code):
    yield code
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            yield from walk(c)


def runs(code):
    out = []
    for pos in code.co_positions():
        pos = [-1 if p is None else p for p in pos]
        if out and out[-1][1:] == pos:
            out[-1][0] += 1
        else:
            out.append([1] + pos)
    return out


def main():
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            src = f.read()
        top = compile(src, path.rsplit("/", 1)[-1], "exec", dont_inherit=True)
        for code in walk(top):
            entries = [[e.start // 2, e.end // 2, e.target // 2, e.depth, int(e.lasti)]
                       for e in dis._parse_exception_table(code)]
            print(json.dumps({
                "name": code.co_qualname,
                "firstlineno": code.co_firstlineno,
                "positions": runs(code),
                "linetable": code.co_linetable.hex(),
                "exceptions": entries,
                "exceptiontable": code.co_exceptiontable.hex(),
            }, separators=(",", ":")))


main()
