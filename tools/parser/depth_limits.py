"""Measure where CPython 3.14's parser stack limit (MAXSTACK) stops some nested expressions.

Prints "<name> <n>": the longest chain that still parses; one more gives MemoryError
("Parser stack overflowed - Python source too complex to parse"). ParserLimitTests pins these.

Usage: python3.14 tools/parser/depth_limits.py
"""
import sys

CHAINS = {
    "minus": lambda n: "-" * n + "1",
    "not": lambda n: "not " * n + "1",
    "lambda": lambda n: "lambda:" * n + "1",
    "ifexp": lambda n: "1 if 1 else " * n + "1",
    "pow": lambda n: "2**" * n + "1",
}


def parses(source):
    try:
        compile(source, "<s>", "exec", dont_inherit=True)
        return True
    except MemoryError:
        return False


for name, make in CHAINS.items():
    lo, hi = 1, 20000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if parses(make(mid)):
            lo = mid
        else:
            hi = mid - 1
    print(name, lo)
assert sys.version_info[:2] == (3, 14), sys.version
