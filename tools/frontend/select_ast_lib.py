"""Chooses the CPython Lib files of the AST parity corpus (the `lib:` lines of
tests/frontend/ast/manifest.txt). Not run by tools/record-expected: the manifest is an input
that stays put; rerun this by hand (under CPython 3.14) to rebuild its `lib:` part:

    python3.14 tools/frontend/select_ast_lib.py > /tmp/lib.txt

The choice covers the grammar broadly: the grammar-heavy test modules first, then whole
packages and ordinary modules of every style. Files CPython rejects and files whose dump
exceeds MAX_DUMP bytes are left out, and the walk stops at BUDGET bytes of dump text.
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


def dump_size(path):
    with open(path, "rb") as f:
        data = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(data)
        except Exception:
            return None
    return len(ast.dump(tree, include_attributes=True))


def main():
    require_314()
    lib = cpython_lib()
    every = []
    for folder, subfolders, files in os.walk(lib):
        subfolders.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                every.append(os.path.relpath(os.path.join(folder, name), lib).replace(os.sep, "/"))
    chosen, seen, total = [], set(), 0
    for pattern in PATTERNS:
        for rel in every:
            # '*' stays inside one folder.
            if rel in seen or rel.count("/") != pattern.count("/") or not fnmatch.fnmatchcase(rel, pattern):
                continue
            seen.add(rel)
            if not os.path.isfile(os.path.join(lib, rel)):
                continue
            size = dump_size(os.path.join(lib, rel))
            if size is None or size > MAX_DUMP or total + size > BUDGET:
                continue
            total += size
            chosen.append(rel)
    for rel in chosen:
        print("lib:" + rel)
    print(f"{len(chosen)} files, {total} bytes of dump", file=sys.stderr)


if __name__ == "__main__":
    main()
