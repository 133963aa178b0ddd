#!/usr/bin/env python3
"""A script module."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for i, arg in enumerate(argv, start=1):
        print(f"{i:>3}: {arg!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
