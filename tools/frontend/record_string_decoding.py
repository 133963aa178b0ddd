#!/usr/bin/env python3
"""Records how the parser decodes string literals, with CPython 3.14.

Writes tests/frontend/strings/decoding.json: for each source below, parsed as ast.parse does,
  - "dump": ast.dump of the tree (or null on error),
  - "error": the SyntaxError (type, msg, positions) with warnings shown, or null,
  - "warnings": the warnings emitted (category, msg, lineno),
  - "error_as_warning_error": the SyntaxError when a filter turns warnings into errors, or null.
The cases aim at what tokens/literals.json does not: positions when the decoder is reached
through the parser (concatenations, f-string parts, several lines) and the warning-as-error path.

Usage: python3.14 tools/frontend/record_string_decoding.py
"""
import ast
import json
import os
import sys
import warnings

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "frontend", "strings", "decoding.json")

CASES = [
    ("invalid_escape", 'x = "\\d"\n'),
    ("invalid_escape_after_nonascii_line", 'x = "a\\\n\u00e9\\q"\n'),
    ("bytes_octal_too_big", 'x = b"\\777"\n'),
    ("str_octal_too_big", 'x = "\\777"\n'),
    ("fstring_brace_escape", 'x = f"\\{6}"\n'),
    ("fstring_doubled_brace_escape", 'x = f"a\\{{b"\n'),
    ("fstring_close_brace_escape", 'x = f"\\}}"\n'),
    ("truncated_x_then_operator", 'x = "\\x" + 1\n'),
    ("truncated_x_in_paren", 'x = ("\\x",)\n'),
    ("backslash_nonascii_then_truncated", '"\\\u00e9\\x"\n'),
    ("nonascii_then_truncated_u", '"\u00e9\U0001f600\\u12"\n'),
    ("fstring_part_truncated", 'x = f"a\\x{1}"\n'),
    ("fstring_part_after_field_truncated", 'x = f"a{1}\\x"\n'),
    ("fstring_triple_multiline_truncated", 'x = f"""a\n\\x{1}"""\n'),
    ("concatenation_unknown_name", 'x = "abc" "\\N{foo}"\n'),
    ("malformed_name_no_brace", 'x = "\\N"\n'),
    ("malformed_name_empty", 'x = "\\N{}"\n'),
    ("malformed_name_unclosed", 'x = "\\N{DIGIT"\n'),
    ("illegal_unicode", 'x = "\\U00110000"\n'),
    ("bytes_invalid_x", 'x = b"a\\xzz"\n'),
    ("bytes_nonascii", 'x = b"\u00e9"\n'),
    ("triple_second_line", 'x = """\n\\d"""\n'),
    ("paren_second_line", 'x = (1,\n  "a\\d")\n'),
    ("fstring_part_before_field", 'x = f"a\\d{1}"\n'),
    ("fstring_part_after_field", 'x = f"{1}a\\d"\n'),
    ("fstring_triple_second_line", 'x = f"""{1}\n  a\\d"""\n'),
    ("tstring_part", 'x = t"\\d{1}"\n'),
    ("format_spec_escape", 'x = f"{1:\\d}"\n'),
    ("raw_bytes", 'x = rb"\\d"\n'),
    ("lone_surrogates", 'x = "\\ud83d\\ude00" "\\udc80"\n'),
    ("fstring_lone_surrogate", 'x = f"\\ud800{1}"\n'),
    ("named_escapes", 'x = "\\N{DIGIT ONE}\\N{LATIN SMALL LETTER E WITH ACUTE}" f"\\N{DIGIT TWO}{{"\n'),
    ("backslash_before_nonascii", 'x = "\\\u00e9" f"\\\u00e9{1}"\n'),
    ("u_prefix", 'x = u"\\t"\n'),
    ("first_invalid_only", 'x = "\\q\\w" b"\\e"\n'),
]


def error_fields(e):
    return {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
            "end_lineno": e.end_lineno, "end_offset": e.end_offset}


def parse(src):
    return compile(src, "<case>", "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)


def record(name, src):
    dump = error = as_error = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            dump = ast.dump(parse(src))
        except SyntaxError as e:
            error = error_fields(e)
    warns = [{"category": w.category.__name__, "msg": str(w.message), "lineno": w.lineno} for w in caught]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            parse(src)
        except SyntaxError as e:
            as_error = error_fields(e)
    return {"name": name, "source": src, "dump": dump, "error": error, "warnings": warns,
            "error_as_warning_error": as_error}


def main():
    cases = [record(name, src) for name, src in CASES]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
