"""Chooses the CPython Lib files of the AST parity corpus (the `lib:` lines of
tests/frontend/ast/manifest.txt); used by record_ast_goldens.py. To see the choice alone:

    python3.14 tools/frontend/ast_lib_selection.py

The choice covers the grammar broadly: the grammar-heavy test modules first, then whole
packages and ordinary modules of every style. PATTERNS are matched in order against the sorted
list of Lib files ('*' stays inside one folder). Files CPython's parser rejects and files whose
dump exceeds MAX_DUMP characters are left out, as is any file that would take the total past
BUDGET characters of dump text.
"""

import ast
import fnmatch
import os
import sys
import warnings

from frontend_common import cpython_lib, require_314

MAX_DUMP = 3_000_000
BUDGET = 60_000_000  # uncompressed dump text; gzip makes it about 6 MB

PATTERNS = [
    # Grammar-heavy test modules.
    "test/test_grammar.py", "test/test_patma.py", "test/test_fstring.py", "test/test_tstring.py",
    "test/test_string/test_templatelib.py", "test/test_type_params.py", "test/test_types.py",
    "test/test_exceptions.py", "test/test_except_star.py", "test/test_exception_group.py",
    "test/test_coroutines.py", "test/test_with.py", "test/test_unpack_ex.py", "test/test_unpack.py",
    "test/test_positional_only_arg.py", "test/test_keywordonlyarg.py", "test/test_named_expressions.py",
    "test/test_generators.py", "test/test_genexps.py", "test/test_listcomps.py", "test/test_setcomps.py",
    "test/test_dictcomps.py", "test/test_asyncgen.py", "test/test_pep646_syntax.py",
    "test/test_type_aliases.py", "test/test_type_annotations.py", "test/test_annotationlib.py",
    "test/test_scope.py", "test/test_class.py", "test/test_super.py", "test/test_decorators.py",
    "test/test_global.py", "test/test_string_literals.py", "test/test_unicode_identifiers.py",
    "test/test_utf8source.py", "test/test_source_encoding.py", "test/test_opcodes.py",
    "test/test_augassign.py", "test/test_binop.py", "test/test_bool.py", "test/test_compare.py",
    "test/test_int_literal.py", "test/test_slice.py", "test/test_raise.py", "test/test_yield_from.py",
    "test/test_generator_stop.py", "test/test_contextlib_async.py", "test/test_peepholer.py",
    "test/test_future_stmt/*.py", "test/test_flufl.py", "test/test_baseexception.py",
    "test/test_funcattrs.py", "test/test_dynamicclassattribute.py",
    "test/test_print.py", "test/test_contains.py", "test/test_dataclasses/*.py",
    "test/test_with.py", "test/test_closures.py", "test/test_lambda.py",
    "test/encoded_modules/*.py", "test/tokenizedata/coding20731.py", "test/test_syntax.py",
    "test/test_eof.py", "test/test_genericclass.py",
    "test/test_keyword.py", "test/test_listcomps.py",
    "test/test_string/*.py",
    # Whole packages.
    "asyncio/*.py", "email/*.py", "email/mime/*.py", "json/*.py", "tomllib/*.py", "zoneinfo/*.py",
    "concurrent/futures/*.py", "collections/*.py", "importlib/*.py", "importlib/metadata/*.py",
    "importlib/resources/*.py", "pathlib/*.py", "re/*.py", "string/*.py", "logging/*.py",
    "compression/*.py", "compression/zstd/*.py", "sysconfig/*.py", "html/*.py", "urllib/*.py",
    "xml/etree/*.py",
    # Ordinary modules.
    "dataclasses.py", "typing.py", "enum.py", "functools.py", "contextlib.py", "abc.py", "ast.py",
    "_ast_unparse.py", "dis.py", "opcode.py", "inspect.py", "annotationlib.py", "types.py",
    "operator.py", "copy.py", "pprint.py", "reprlib.py", "textwrap.py", "string/templatelib.py",
    "heapq.py", "bisect.py", "fractions.py", "numbers.py", "statistics.py", "random.py",
    "_pydecimal.py", "_pylong.py", "_pydatetime.py", "_pyio.py", "argparse.py", "shlex.py",
    "fnmatch.py", "glob.py", "shutil.py", "tempfile.py", "os.py", "posixpath.py", "ntpath.py",
    "subprocess.py", "threading.py", "queue.py", "sched.py", "selectors.py", "socket.py",
    "tokenize.py", "token.py", "keyword.py", "codeop.py", "code.py", "traceback.py",
    "linecache.py", "warnings.py", "_py_warnings.py", "weakref.py", "_weakrefset.py",
    "_collections_abc.py", "graphlib.py", "difflib.py", "csv.py", "configparser.py",
    "gettext.py", "locale.py", "calendar.py", "base64.py", "hashlib.py", "hmac.py", "secrets.py",
    "uuid.py", "ipaddress.py", "zipfile/*.py", "gzip.py", "lzma.py", "bz2.py",
    "pickle.py", "pickletools.py", "copyreg.py", "shelve.py", "struct.py", "symtable.py",
    "timeit.py", "trace.py", "tracemalloc.py", "bdb.py", "cmd.py", "runpy.py",
    "pkgutil.py", "zipimport.py", "modulefinder.py", "pyclbr.py", "stat.py", "platform.py",
    "mimetypes.py", "smtplib.py",
    "plistlib.py", "quopri.py", "wave.py", "colorsys.py", "contextvars.py", "io.py",
    "getopt.py", "optparse.py", "tabnanny.py", "this.py", "__future__.py", "_strptime.py",
    "_threading_local.py", "_colorize.py", "doctest.py",
]


def read_and_dump(path):
    """(source bytes, ast.dump(ast.parse(bytes), include_attributes=True)); dump is None when
    the parser rejects the file."""
    with open(path, "rb") as f:
        data = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(data)
        except Exception:
            return data, None
    return data, ast.dump(tree, include_attributes=True)


def choose(lib):
    """[(path under Lib, source bytes, dump)] in selection order."""
    every = []
    for folder, subfolders, files in os.walk(lib):
        subfolders.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                every.append(os.path.relpath(os.path.join(folder, name), lib).replace(os.sep, "/"))
    chosen, seen, total = [], set(), 0
    for pattern in PATTERNS:
        for rel in every:
            if rel in seen or rel.count("/") != pattern.count("/") or not fnmatch.fnmatchcase(rel, pattern):
                continue
            seen.add(rel)
            if not os.path.isfile(os.path.join(lib, rel)):
                continue
            data, dump = read_and_dump(os.path.join(lib, rel))
            if dump is None or len(dump) > MAX_DUMP or total + len(dump) > BUDGET:
                continue
            total += len(dump)
            chosen.append((rel, data, dump))
    return chosen


def main():
    require_314()
    chosen = choose(cpython_lib())
    for rel, _, _ in chosen:
        print("lib:" + rel)
    print(f"{len(chosen)} files, {sum(len(d) for _, _, d in chosen)} characters of dump", file=sys.stderr)


if __name__ == "__main__":
    main()
