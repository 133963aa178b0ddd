"""Record CPython 3.14's opcode facts for ProtoPython's instruction-table tests.

Run with the oracle interpreter (see /work/shared/tools/cpython314.sh):

    $(/work/shared/tools/cpython314.sh) tools/bytecode/record_cpython_opcodes.py

It writes tests/ProtoPython.Bytecode.Tests/cpython314_opcodes.json. Everything in that file
comes from the running interpreter (opcode, dis, _opcode, _opcode_metadata); nothing is typed
in by hand. The tests compare the tables generated from src/Bytecode/Instructions.def with it.
"""

import _opcode
import _opcode_metadata
import dis
import json
import opcode
import os
import sys

# Opargs probed for stack effects: small counts, the packed forms (UNPACK_EX uses oparg >> 8,
# LOAD_FAST_LOAD_FAST nibbles, CALL_FUNCTION_EX/BUILD_INTERPOLATION low bits) and large values.
OPARGS = list(range(0, 20)) + [31, 32, 33, 64, 255, 256, 257, 258, 513, 1024, 65535]


def stack_effects(op):
    """{"oparg": [none, jump, nojump]} with null where CPython raises ValueError."""
    out = {}
    probe = OPARGS if op in dis.hasarg else [0]
    for oparg in probe:
        row = []
        for jump in (None, True, False):
            try:
                row.append(_opcode.stack_effect(op, oparg, jump=jump))
            except ValueError:
                row.append(None)
        out[str(oparg)] = row
    return out


def argrepr(op, arg):
    resolver = dis.ArgResolver()
    return resolver.get_argval_argrepr(op, arg, 0)[1]


def argrepr_tables():
    m = opcode.opmap
    tables = {}
    tables["BINARY_OP"] = [argrepr(m["BINARY_OP"], i) for i in range(len(dis._nb_ops))]
    tables["COMPARE_OP"] = {str(i): argrepr(m["COMPARE_OP"], i) for i in range(0, 6 << 5)}
    tables["CONVERT_VALUE"] = [argrepr(m["CONVERT_VALUE"], i) for i in range(4)]
    tables["SET_FUNCTION_ATTRIBUTE"] = {str(i): argrepr(m["SET_FUNCTION_ATTRIBUTE"], i) for i in range(32)}
    tables["CALL_INTRINSIC_1"] = [argrepr(m["CALL_INTRINSIC_1"], i) for i in range(len(dis._intrinsic_1_descs))]
    tables["CALL_INTRINSIC_2"] = [argrepr(m["CALL_INTRINSIC_2"], i) for i in range(len(dis._intrinsic_2_descs))]
    tables["LOAD_COMMON_CONSTANT"] = [argrepr(m["LOAD_COMMON_CONSTANT"], i) for i in range(len(dis._common_constants))]
    tables["LOAD_SPECIAL"] = [argrepr(m["LOAD_SPECIAL"], i) for i in range(len(dis._special_method_names))]
    tables["IS_OP"] = [argrepr(m["IS_OP"], i) for i in range(2)]
    tables["CONTAINS_OP"] = [argrepr(m["CONTAINS_OP"], i) for i in range(2)]
    return tables


def compare_opargs():
    """The COMPARE_OP oparg codegen emits for each of < <= == != > >=, plain and in a test."""
    out = {}
    for i, sym in enumerate(dis.cmp_op):
        plain = compile(f"a {sym} b", "<cmp>", "eval")
        test = compile(f"if a {sym} b: pass", "<cmp>", "exec")
        out[sym] = [next(ins.arg for ins in dis.get_instructions(c) if ins.opname == "COMPARE_OP")
                    for c in (plain, test)]
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    target = os.path.join(root, "tests", "ProtoPython.Bytecode.Tests", "cpython314_opcodes.json")

    all_ops = dict(opcode.opmap)
    data = {
        "python": sys.version.split()[0],
        "HAVE_ARGUMENT": opcode.HAVE_ARGUMENT,
        "EXTENDED_ARG": opcode.EXTENDED_ARG,
        "MIN_INSTRUMENTED_OPCODE": _opcode_metadata.MIN_INSTRUMENTED_OPCODE,
        "opmap": all_ops,
        "specialized_opmap": dict(_opcode_metadata._specialized_opmap),
        "specializations": {k: list(v) for k, v in opcode._specializations.items()},
        "inline_cache_entries": dict(opcode._inline_cache_entries),
        "cache_format": {k: dict(v) for k, v in opcode._cache_format.items()},
        "hasarg": sorted(dis.hasarg),
        "hasconst": sorted(dis.hasconst),
        "hasname": sorted(dis.hasname),
        "hasjump": sorted(dis.hasjump),
        "hasjrel": sorted(dis.hasjrel),
        "hasjabs": sorted(dis.hasjabs),
        "hasfree": sorted(dis.hasfree),
        "haslocal": sorted(dis.haslocal),
        "hasexc": sorted(dis.hasexc),
        "hascompare": sorted(dis.hascompare),
        # _opcode's own predicates for every number 0..299 (they include specialized forms).
        "predicates": {
            name: [op for op in range(300) if getattr(_opcode, name)(op)]
            for name in ("is_valid", "has_arg", "has_const", "has_name", "has_jump",
                         "has_free", "has_local", "has_exc")
        },
        "stack_effect": {name: stack_effects(op) for name, op in sorted(all_ops.items(), key=lambda kv: kv[1])},
        "nb_ops": [list(x) for x in _opcode.get_nb_ops()],
        "intrinsic1_descs": list(_opcode.get_intrinsic1_descs()),
        "intrinsic2_descs": list(_opcode.get_intrinsic2_descs()),
        "special_method_names": list(_opcode.get_special_method_names()),
        "common_constants": [c.__name__ if isinstance(c, type) or callable(c) else repr(c) for c in dis._common_constants],
        "cmp_op": list(dis.cmp_op),
        "function_attr_flags": list(dis.FUNCTION_ATTR_FLAGS),
        "argrepr": argrepr_tables(),
        "compare_opargs": compare_opargs(),
    }
    with open(target, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
