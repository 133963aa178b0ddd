"""Records the builtin exceptions' behaviour with CPython 3.14 for tests/ProtoPython.Objects.Tests/Exceptions.

Run: tools/record-expected exceptions
Writes tests/ProtoPython.Objects.Tests/Exceptions/goldens/exceptions.json:
  "mro":       {builtins name: [c.__name__ for c in T.__mro__]} for every exception class in builtins;
  "subclass_order": {builtins name: the builtin classes of T.__subclasses__(), in order};
  "construct": [{"spec", "expect"}]: an exception made by calling its type (spec, see build()), and
               its type, str, repr, __reduce__ and attributes (reprs), or the error "Type: message";
  "groups":    [{"spec", "expect"}]: an exception group, its notes/cause/context, then split or subgroup
               by a matcher (a type, a tuple of types or a named predicate), with each part described;
  "ops":       [{"spec", "ops", "expect"}]: an exception, then operations on it ["get", attr], ["set", attr,
               value], ["del", attr], ["call", method, [args]], ["str"], ["repr"]: each result's repr, "ok", or "!error";
  "subclasses": [{"spec", "expect"}]: heap subclasses type('E', bases, {}) called with args: MRO and describe(),
               or the class creation error;
  "suggest":   [{"candidates", "name", "expect"}]: _suggestions._generate_suggestions, which
               traceback._compute_suggestion_error uses in 3.14;
  "name_errors", "attribute_errors", "import_errors": the ". Did you mean..." trailer that the
               traceback module adds to the exception line, with the names the C# side needs.
Values in specs: JSON scalars are themselves; {"t": [...]} tuple, {"l": [...]} list, {"b": hex} bytes,
{"ba": hex} bytearray, {"bigint": decimal} an int past 64 bits, {"d": [[k, v]...]} a dict, {"type": name} a builtin type, {"pred": name} a predicate of PREDICATES,
{"exc": TypeName, "args": [...], "kw": {...}} the exception made by calling the type.
"""
import builtins
import json
import os
import sys

from exception_suggestion_cases import attribute_error_cases, import_error_cases, name_error_cases, suggest_cases

OUT = os.path.join("tests", "ProtoPython.Objects.Tests", "Exceptions", "goldens", "exceptions.json")

PREDICATES = {
    "always": lambda e: True,
    "never": lambda e: False,
    "arg_is_1": lambda e: e.args == (1,),
    "is_group": lambda e: isinstance(e, BaseExceptionGroup),
    "name_starts_T": lambda e: type(e).__name__.startswith("T"),
    "raises": lambda e: (_ for _ in ()).throw(ValueError("pred")),
    "returns_zero": lambda e: 0,
}


def build(s):
    if s is None or isinstance(s, (bool, int, str, float)):
        return s
    if "exc" in s:
        return getattr(builtins, s["exc"])(*[build(a) for a in s.get("args", [])], **{k: build(v) for k, v in s.get("kw", {}).items()})
    (key, v), = s.items()
    if key == "t":
        return tuple(build(x) for x in v)
    if key == "l":
        return [build(x) for x in v]
    if key == "b":
        return bytes.fromhex(v)
    if key == "ba":
        return bytearray.fromhex(v)
    if key == "type":
        return getattr(builtins, v)
    if key == "pred":
        return PREDICATES[v]
    if key == "bigint":
        return int(v)
    if key == "d":
        return {build(k): build(x) for k, x in v}
    raise ValueError(s)


def err(e):
    return f"{type(e).__name__}: {e}"


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return "!" + err(e)


def exc(name, *args, kw=None):
    d = {"exc": name, "args": list(args)}
    if kw:
        d["kw"] = kw
    return d


def t(*xs):
    return {"t": list(xs)}


def lst(*xs):
    return {"l": list(xs)}


ATTRS = {
    OSError: ["errno", "strerror", "filename", "filename2", "characters_written"],
    SyntaxError: ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line", "_metadata"],
    ImportError: ["msg", "name", "path", "name_from"],
    AttributeError: ["name", "obj"],
    NameError: ["name"],
    StopIteration: ["value"],
    SystemExit: ["code"],
    UnicodeEncodeError: ["encoding", "object", "start", "end", "reason"],
    UnicodeDecodeError: ["encoding", "start", "end", "reason"],
    UnicodeTranslateError: ["encoding", "object", "start", "end", "reason"],
    BaseExceptionGroup: ["message", "exceptions"],
}


def describe(e):
    d = {"type": type(e).__name__, "str": attempt(lambda: str(e)), "repr": attempt(lambda: repr(e)), "args": attempt(lambda: e.args)}
    if not isinstance(e, UnicodeDecodeError):  # the reduce holds bytes
        d["reduce"] = attempt(lambda: e.__reduce__())
    for cls, names in ATTRS.items():
        if isinstance(e, cls):
            d["attrs"] = {n: attempt(lambda n=n: getattr(e, n)) for n in names}
    return d


def construct_cases():
    s = "No such file or directory"
    cases = []
    # Plain types: every arity, str/repr/reduce.
    for name in ["BaseException", "Exception", "ValueError", "KeyError", "IndexError", "RuntimeError", "Warning",
                 "UserWarning", "KeyboardInterrupt", "GeneratorExit", "StopAsyncIteration", "UnicodeError",
                 "PythonFinalizationError", "_IncompleteInputError", "ModuleNotFoundError", "UnboundLocalError"]:
        for args in [[], ["a"], [1], ["a", 2], [None], [t(1, 2)], ["", ""], [lst("x")]]:
            cases.append(exc(name, *args))
    cases += [exc("KeyError", ""), exc("KeyError", t()), exc("ValueError", kw={"x": 1}),
              exc("KeyError", "a", kw={"b": 1})]
    # StopIteration, SystemExit.
    for name in ["StopIteration", "SystemExit"]:
        for args in [[], [1], [None], ["a", "b"], [t()], [lst(1)]]:
            cases.append(exc(name, *args))
    # OSError and the errno mapping.
    for errno in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 0, 5, 999, -2, True, False]:
        cases.append(exc("OSError", errno, s))
    cases += [
        exc("OSError"), exc("OSError", 2), exc("OSError", "x"), exc("OSError", 2, s, "f"), exc("OSError", 2, s, "f", None, "g"),
        exc("OSError", 2, s, "f", 5, "g"), exc("OSError", 2, s, "f", None, "g", 6), exc("OSError", 2, s, None),
        exc("OSError", 2, s, None, None, "g"), exc("OSError", "2", s), exc("OSError", 2.0, s), exc("OSError", 2, None),
        exc("OSError", None, None, "f"), exc("OSError", 2, s, 7), exc("OSError", 2, s, t(1, 2)),
        exc("FileNotFoundError", 13, "x"), exc("FileNotFoundError", "x"), exc("PermissionError", 2, s, "f"),
        exc("BlockingIOError", 11, "x", 5), exc("BlockingIOError", 11, "x"), exc("BlockingIOError", 11, "x", "f"),
        exc("BlockingIOError", 11, "x", 2.5), exc("BlockingIOError", 11, "x", True), exc("OSError", 11, "x", 5),
        exc("ConnectionError", 104, "reset"), exc("TimeoutError", 110, "t", "host", None, "h2"),
        exc("OSError", 2, s, kw={"x": 1}), exc("EnvironmentError", 2, s), exc("IOError", 2, s, "f"),
    ]
    # SyntaxError.
    loc = t("a/b/f.py", 1, 2, "text")
    cases += [
        exc("SyntaxError"), exc("SyntaxError", "m"), exc("SyntaxError", "m", loc), exc("SyntaxError", "m", t("f.py", 3, 4, "x", 3, 6)),
        exc("SyntaxError", "m", t("f.py", 3, 4, "x", 3, 6, "meta")), exc("SyntaxError", "m", t("f.py", 1, 2)),
        exc("SyntaxError", "m", t("f.py", 1, 2, "x", 3)), exc("SyntaxError", "m", t("f", 1, 2, "x", 3, 4, 5, 6)),
        exc("SyntaxError", "m", 5), exc("SyntaxError", "m", lst("f.py", 1, 2, "x")), exc("SyntaxError", "m", t(None, 1, 2, "t")),
        exc("SyntaxError", "m", t("f", None, 2, "t")), exc("SyntaxError", "m", t(None, None, None, None)),
        exc("SyntaxError", "m", t("dir/", 7, 2, "t")), exc("SyntaxError", "m", t("f", "7", 2, "t")), exc("SyntaxError", "m", t(3, 7, 2, "t")),
        exc("SyntaxError", None, t("f", 7, 2, "t")), exc("SyntaxError", 5, t("f", 7, 2, "t")), exc("SyntaxError", "m", loc, 3),
        exc("IndentationError", "unexpected indent", t("<string>", 1, 4, "    x\n", 1, 5)),
        exc("TabError", "inconsistent use of tabs", t("t.py", 2, 1, "\tx")), exc("_IncompleteInputError", "m", loc),
        exc("SyntaxError", "m", kw={"lineno": 1}),
    ]
    # ImportError, AttributeError, NameError.
    cases += [
        exc("ImportError"), exc("ImportError", "m"), exc("ImportError", "m", "n"), exc("ImportError", 5),
        exc("ImportError", "m", kw={"name": "n", "path": "p", "name_from": "q"}), exc("ImportError", kw={"name": "n"}),
        exc("ImportError", "m", kw={"path": None}), exc("ImportError", "m", kw={"b": 1}), exc("ModuleNotFoundError", "No module named 'x'", kw={"name": "x"}),
        exc("AttributeError"), exc("AttributeError", "m"), exc("AttributeError", "m", kw={"name": "n", "obj": 3}),
        exc("AttributeError", "m", 2, kw={"obj": None}), exc("AttributeError", "m", kw={"b": 3}),
        exc("NameError"), exc("NameError", "name 'x' is not defined", kw={"name": "x"}), exc("NameError", "m", kw={"name": 3}),
        exc("NameError", "m", kw={"b": 3}), exc("UnboundLocalError", "m", kw={"name": "v"}),
    ]
    # Unicode errors.
    cases += [
        exc("UnicodeEncodeError", "utf-8", "abc", 1, 2, "bad"), exc("UnicodeEncodeError", "ascii", "a\xe9c", 1, 2, "ordinal not in range(128)"),
        exc("UnicodeEncodeError", "ascii", "a\u1234c", 1, 2, "r"), exc("UnicodeEncodeError", "ascii", "a\U0001f600c", 1, 2, "r"),
        exc("UnicodeEncodeError", "utf-8", "a\u1234c", 1, 3, "bad"), exc("UnicodeEncodeError", "utf-8", "abc", 5, 9, "bad"),
        exc("UnicodeEncodeError", "utf-8", "abc", 3, 4, "bad"), exc("UnicodeEncodeError", "utf-8", "abc", 0, 0, "bad"),
        exc("UnicodeEncodeError", "utf-8", "abc", -1, 2, "bad"), exc("UnicodeEncodeError", "utf-8", "abc", -1, 0, "bad"),
        exc("UnicodeEncodeError", 1, "abc", 1, 2, "bad"), exc("UnicodeEncodeError", "u", 5, 1, 2, "bad"),
        exc("UnicodeEncodeError", "u", "abc", 1, 2), exc("UnicodeEncodeError", "u", "abc", "1", 2, "r"), exc("UnicodeEncodeError", "u", "abc", 1.0, 2, "r"),
        exc("UnicodeEncodeError", "u", "abc", 1, 2, 5), exc("UnicodeEncodeError", "u", "abc", 1, 2, None), exc("UnicodeEncodeError", "u", "abc", True, 2, "r"),
        exc("UnicodeDecodeError", "utf-8", {"b": "61ff63"}, 1, 2, "invalid start byte"), exc("UnicodeDecodeError", "utf-8", {"b": "616263"}, 0, 3, "bad"),
        exc("UnicodeDecodeError", "utf-8", {"b": "616263"}, 5, 6, "bad"), exc("UnicodeDecodeError", "utf-8", {"ba": "616263"}, 1, 2, "bad"),
        exc("UnicodeDecodeError", "utf-8", "abc", 1, 2, "bad"), exc("UnicodeDecodeError", "utf-8", {"b": "616263"}, 0, 0, "bad"),
        exc("UnicodeTranslateError", "abc", 1, 2, "bad"), exc("UnicodeTranslateError", "a\u20acc", 1, 2, "bad"),
        exc("UnicodeTranslateError", "abc", 0, 3, "bad"), exc("UnicodeTranslateError", "abc", 1, 2), exc("UnicodeTranslateError", 7, 1, 2, "r"),
        exc("UnicodeEncodeError", "u", "abc", 1, 2, "r", kw={"x": 1}),
    ]
    # Exception groups: construction rules.
    v1, t2, ki = exc("ValueError", 1), exc("TypeError", 2), exc("KeyboardInterrupt")
    cases += [
        exc("ExceptionGroup", "m", lst(v1, t2)), exc("ExceptionGroup", "m", t(v1)), exc("BaseExceptionGroup", "m", lst(v1)),
        exc("BaseExceptionGroup", "m", lst(v1, ki)), exc("BaseExceptionGroup", "m", lst(ki)), exc("ExceptionGroup", "m", lst(ki)),
        exc("ExceptionGroup", "m", lst()), exc("ExceptionGroup", "m", 5), exc("ExceptionGroup", 5, lst(v1)), exc("ExceptionGroup", None, lst(v1)),
        exc("ExceptionGroup", "m", lst(v1, 5)), exc("ExceptionGroup", "m", lst(v1), 3), exc("ExceptionGroup", "m"), exc("ExceptionGroup"),
        exc("ExceptionGroup", "m", {"l": [v1]}, kw={"x": 3}), exc("ExceptionGroup", "m", "ab"),
        exc("ExceptionGroup", "", lst(exc("ExceptionGroup", "inner", lst(v1)), t2)),
        exc("BaseExceptionGroup", "m", lst(exc("BaseExceptionGroup", "inner", lst(ki)))),
        exc("BaseExceptionGroup", "m", lst(exc("ExceptionGroup", "inner", lst(v1)))),
    ]
    out = []
    for spec in cases:
        try:
            e = build(spec)
        except Exception as x:
            out.append({"spec": spec, "expect": {"error": err(x)}})
            continue
        out.append({"spec": spec, "expect": describe(e)})
    return out


def describe_part(part, orig):
    if part is None:
        return None
    return {
        "repr": repr(part), "type": type(part).__name__, "is_orig": part is orig,
        "notes": repr(getattr(part, "__notes__", None)),
        "notes_shared": getattr(part, "__notes__", None) is getattr(orig, "__notes__", None) and hasattr(orig, "__notes__"),
        "cause": repr(part.__cause__), "context": repr(part.__context__), "suppress": part.__suppress_context__,
    }


def group_cases():
    v1, v2, t2, k3, ki = exc("ValueError", 1), exc("ValueError", 2), exc("TypeError", 2), exc("KeyError", 3), exc("KeyboardInterrupt")
    inner = exc("ExceptionGroup", "inner", lst(v2, exc("TypeError", 1)))
    groups = [
        exc("ExceptionGroup", "eg", lst(v1, t2, k3)),
        exc("ExceptionGroup", "eg", lst(v1, t2, inner)),
        exc("ExceptionGroup", "eg", t(v1)),
        exc("BaseExceptionGroup", "beg", lst(v1, ki, exc("BaseExceptionGroup", "b2", lst(ki, t2)))),
        exc("ExceptionGroup", "deep", lst(exc("ExceptionGroup", "l1", lst(exc("ExceptionGroup", "l2", lst(v1, t2)))))),
    ]
    matchers = [{"type": "ValueError"}, {"type": "TypeError"}, {"type": "Exception"}, {"type": "BaseException"},
                {"type": "LookupError"}, {"type": "ExceptionGroup"}, {"type": "BaseExceptionGroup"}, {"type": "KeyboardInterrupt"},
                t({"type": "ValueError"}, {"type": "KeyError"}), t(), {"pred": "always"}, {"pred": "never"}, {"pred": "arg_is_1"},
                {"pred": "is_group"}, {"pred": "name_starts_T"}, {"pred": "raises"}, {"pred": "returns_zero"},
                {"type": "int"}, t({"type": "ValueError"}, 3), 5, "x", None]
    decorations = [{}, {"notes": ["n1", "n2"], "cause": exc("KeyError", "c"), "context": exc("IndexError", "x")},
                   {"context": exc("IndexError", "x")}, {"notes_value": t("a")}, {"notes_value": 7}]
    out = []
    for g in groups:
        for deco in decorations:
            for m in matchers:
                for op in ["split", "subgroup"]:
                    eg = build(g)
                    for n in deco.get("notes", []):
                        eg.add_note(n)
                    if "notes_value" in deco:
                        eg.__notes__ = build(deco["notes_value"])
                    if "cause" in deco:
                        eg.__cause__ = build(deco["cause"])
                    if "context" in deco:
                        eg.__context__ = build(deco["context"])
                    spec = {"group": g, "deco": deco, "op": op, "matcher": m}
                    try:
                        r = getattr(eg, op)(build(m))
                    except Exception as x:
                        out.append({"spec": spec, "expect": {"error": err(x)}})
                        continue
                    parts = list(r) if op == "split" else [r]
                    out.append({"spec": spec, "expect": {"parts": [describe_part(p, eg) for p in parts]}})
    # derive and str of the groups themselves.
    for g in groups:
        eg = build(g)
        out.append({"spec": {"group": g, "op": "derive", "matcher": lst(exc("ValueError", 9))},
                    "expect": {"parts": [describe_part(eg.derive([ValueError(9)]), eg)]}})
        out.append({"spec": {"group": g, "op": "derive", "matcher": lst(ki)},
                    "expect": {"parts": [describe_part(eg.derive([KeyboardInterrupt()]), eg)]}})
    return out


def run_op(e, op):
    kind = op[0]
    try:
        if kind == "get":
            return repr(getattr(e, op[1]))
        if kind == "set":
            setattr(e, op[1], build(op[2]))
            return "ok"
        if kind == "del":
            delattr(e, op[1])
            return "ok"
        if kind == "call":
            return repr(getattr(e, op[1])(*[build(a) for a in op[2]]))
        if kind == "str":
            return repr(str(e))
        if kind == "repr":
            return repr(repr(e))
    except Exception as x:
        return "!" + err(x)
    raise ValueError(op)


def op_cases():
    big = {"bigint": str(2**70)}
    S, R = ["str"], ["repr"]
    def get(a): return ["get", a]
    def set_(a, v): return ["set", a, v]
    def del_(a): return ["del", a]
    def call(m, *args): return ["call", m, list(args)]
    cases = [
        (exc("ValueError", 1), [set_("args", lst(2, 3)), R, S, del_("args"), set_("args", 5), set_("args", "ab"), R, get("args")]),
        (exc("ValueError", 1), [set_("__cause__", 5), set_("__cause__", exc("KeyError", "c")), get("__cause__"), get("__suppress_context__"),
                                 set_("__cause__", None), get("__suppress_context__"), del_("__cause__"), set_("__context__", exc("TypeError")),
                                 get("__context__"), set_("__context__", 3), del_("__context__"), set_("__suppress_context__", 1),
                                 set_("__suppress_context__", False), get("__suppress_context__"), del_("__suppress_context__")]),
        (exc("ValueError", 1), [get("__traceback__"), set_("__traceback__", None), set_("__traceback__", 5), del_("__traceback__"),
                                 call("with_traceback", None), call("with_traceback", 5)]),
        (exc("ValueError", 1), [call("__reduce__"), call("__setstate__", {"d": [["a", 1], ["b", "x"]]}), get("a"), call("__reduce__"),
                                 call("__setstate__", None), call("__setstate__", 5), call("__setstate__", {"d": [[1, 2]]}), get("__dict__"),
                                 del_("__dict__"), set_("__dict__", 5), set_("__dict__", {"d": [["z", 1]]}), get("z"), get("a")]),
        (exc("KeyError", "k"), [get("__dict__"), call("__reduce__"), set_("x", 1), call("__reduce__"), get("__notes__"), call("add_note", "n"),
                                 get("__notes__"), call("add_note", 5), call("add_note", "m"), get("__notes__"), set_("__notes__", t("a")),
                                 call("add_note", "x"), set_("__notes__", None), call("add_note", "x"), del_("__notes__"), call("add_note", "y"), get("__notes__")]),
        (exc("OSError", 2, "x", "f", None, "g"), [S, set_("errno", 5), S, del_("errno"), get("errno"), S, set_("filename2", None), S,
                                                   del_("filename"), S, call("__reduce__"), set_("strerror", None), S, get("characters_written"),
                                                   set_("characters_written", 3), get("characters_written"), call("__reduce__")]),
        (exc("BlockingIOError", 11, "x", 3), [get("characters_written"), set_("characters_written", big), set_("characters_written", "x"),
                                              set_("characters_written", 2.5), set_("characters_written", True), get("characters_written"),
                                              del_("characters_written"), get("characters_written"), del_("characters_written"), S, R, call("__reduce__")]),
        (exc("OSError", "only"), [S, set_("errno", 1), S, set_("strerror", "s"), S, set_("filename", "f"), S, set_("filename2", "g"), S, R, call("__reduce__")]),
        (exc("SyntaxError", "m", t("a/f.py", 1, 2, "t")), [S, set_("lineno", "x"), S, set_("lineno", True), S, set_("filename", 5), S,
                                                           set_("msg", None), S, del_("msg"), S, set_("lineno", big), S, call("__reduce__"),
                                                           get("print_file_and_line"), set_("print_file_and_line", 1), get("print_file_and_line")]),
        (exc("StopIteration", 1, 2), [get("value"), set_("value", 3), get("value"), R, del_("value"), get("value")]),
        (exc("SystemExit", 1, 2), [get("code"), set_("code", "c"), get("code"), del_("code"), get("code"), S]),
        (exc("ImportError", "m", kw={"name": "n"}), [S, set_("msg", "other"), S, set_("msg", 5), S, set_("msg", None), S, del_("msg"), S,
                                                     call("__reduce__"), set_("path", "p"), call("__reduce__"), set_("x", 1), call("__reduce__")]),
        (exc("AttributeError", "m", kw={"name": "n", "obj": 1}), [call("__getstate__"), call("__reduce__"), set_("y", 2), call("__getstate__"),
                                                                  del_("name"), call("__reduce__"), get("obj"), del_("obj"), get("obj")]),
        (exc("AttributeError", "m"), [call("__getstate__"), call("__reduce__")]),
        (exc("NameError", "m", kw={"name": "n"}), [get("name"), set_("name", 5), get("name"), call("__reduce__")]),
        (exc("UnicodeEncodeError", "u", "abc", 1, 2, "r"), [set_("start", "x"), set_("start", big), del_("start"), set_("start", True), get("start"),
                                                            S, set_("start", 1.5), set_("end", 3), S, set_("reason", 5), S, set_("encoding", None), S,
                                                            set_("object", None), S, set_("object", 5), S, set_("object", "xyz"), S, set_("start", -1), S,
                                                            set_("end", 0), S, set_("start", 7), set_("end", 8), S, call("__reduce__")]),
        (exc("UnicodeTranslateError", "abc", 1, 2, "r"), [S, set_("object", 5), S, set_("object", "😀"), set_("start", 0), set_("end", 1), S,
                                                          set_("encoding", "e"), S, get("encoding"), call("__reduce__")]),
        (exc("ExceptionGroup", "m", lst(exc("ValueError", 1))), [set_("message", "x"), del_("message"), set_("exceptions", t()), get("message"),
                                                                  get("exceptions"), call("add_note", "n"), S, R, call("__reduce__"),
                                                                  set_("args", t("a")), R, set_("args", t()), R, call("derive", lst(exc("TypeError"))),
                                                                  call("derive", lst()), call("derive", 5), call("split", {"type": "ValueError"})]),
    ]
    return [{"spec": spec, "ops": ops, "expect": [run_op(e, op) for e in [build(spec)] for op in ops]} for spec, ops in cases]


def subclass_cases():
    """type('E', bases, {}) then E(*args): the layout rules, the MRO and what the base's constructor does for a subclass."""
    ki, v1 = exc("KeyboardInterrupt"), exc("ValueError", 1)
    cases = [
        (["OSError"], [2, "x"]), (["OSError"], [2, "x", "f"]), (["FileNotFoundError"], [13, "x"]), (["ExceptionGroup"], ["m", lst(ki)]),
        (["ExceptionGroup"], ["m", lst(v1)]), (["BaseExceptionGroup"], ["m", lst(v1)]), (["BaseExceptionGroup"], ["m", lst(ki)]),
        (["OSError", "SyntaxError"], []), (["ValueError", "KeyError"], ["k"]), (["UnicodeEncodeError", "UnicodeDecodeError"], []),
        (["ExceptionGroup", "ValueError"], ["m", lst(v1)]), (["KeyError"], ["a"]), (["StopIteration"], [5]), (["SystemExit"], []),
        (["BaseException", "int"], []), (["Exception", "OSError"], []), (["OSError", "Exception"], [1, "p"]), (["ImportError"], ["m"]),
        (["AttributeError", "NameError"], []), (["BaseExceptionGroup", "Exception"], ["m", lst(ki)]), (["UnicodeError"], ["u"]),
        (["SyntaxError"], ["m", t("f", 1, 2, "x")]), (["TabError", "OSError"], []), (["ValueError", "TypeError"], [1, 2]),
    ]
    out = []
    for bases, args in cases:
        spec = {"bases": bases, "args": args}
        try:
            cls = type("E", tuple(getattr(builtins, b) for b in bases), {})
        except Exception as x:
            out.append({"spec": spec, "expect": {"class_error": err(x)}})
            continue
        d = {"mro": [c.__name__ for c in cls.__mro__]}
        try:
            e = cls(*[build(a) for a in args])
        except Exception as x:
            d["error"] = err(x)
        else:
            d |= describe(e)
            if isinstance(e, BaseExceptionGroup):
                d["split"] = attempt(lambda: e.split(ValueError))
        out.append({"spec": spec, "expect": d})
    return out


def main():
    mro = {}
    for k, v in vars(builtins).items():
        if isinstance(v, type) and issubclass(v, BaseException):
            mro[k] = [c.__name__ for c in v.__mro__]
    subclasses = {k: [c.__name__ for c in v.__subclasses__() if c.__module__ == "builtins"] for k, v in vars(builtins).items()
                  if isinstance(v, type) and issubclass(v, BaseException)}
    data = {
        "mro": mro,
        "subclass_order": subclasses,
        "construct": construct_cases(),
        "groups": group_cases(),
        "ops": op_cases(),
        "subclasses": subclass_cases(),
        "suggest": suggest_cases(),
        "name_errors": name_error_cases(),
        "attribute_errors": attribute_error_cases(),
        "import_errors": import_error_cases(),
        "stdlib_module_names": sorted(sys.stdlib_module_names),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=0, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print(f"wrote {OUT}: {len(data['construct'])} construct, {len(data['groups'])} group, {len(data['suggest'])} suggest cases")


main()
