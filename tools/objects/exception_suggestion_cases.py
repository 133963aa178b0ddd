"""The suggestion cases of record_exceptions.py: "Did you mean" rankings and traceback trailers, recorded with CPython 3.14."""
import builtins
import random
import sys
import traceback
import types

import _suggestions


def suggest_cases():
    r = random.Random(314)
    words = ["foo", "bar", "baz", "blech", "spam", "eggs", "append", "apend", "extend", "Extend", "EXTEND", "a", "ab", "abc",
             "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv", "print", "prnt", "pritn", "len", "lne",
             "__init__", "_private", "\xe9t\xe9", "ete", "\u00e9t\u00e9s", "x\u4e2dy", "xy", "some_long_variable_name",
             "some_long_variable_nmae", "Some_Long_Variable_Name", "zip", "sum", "sun", "max", "min", "mix", "a" * 41, "a" * 40, "a" * 39 + "b"]
    out = []
    fixed = [
        (["append", "extend", "insert"], "apend"), (["append", "extend", "insert"], "Append"), (["blech"], "blech"),
        (["blech", "blec"], "blech"), ([], "x"), (["abc"], "abd"), (["ab"], "a"), (["Extend", "extend"], "EXTEND"),
        (["a" * 40], "a" * 39 + "b"), (["a" * 41], "a" * 40 + "b"), (["x" * 45 + "yy"], "x" * 45 + "zz"),
        (["\xe9t\xe9"], "ete"), (["ete"], "\xe9t\xe9"), (["x\u4e2dy"], "xy"),
    ]
    for cands, name in fixed:
        out.append({"candidates": cands, "name": name, "expect": _suggestions._generate_suggestions(cands, name)})
    for n in [749, 750, 751]:
        cands = ["name%d" % i for i in range(n)]
        out.append({"candidates": cands, "name": "name1x", "expect": _suggestions._generate_suggestions(cands, "name1x")})
    for _ in range(400):
        cands = r.sample(words, r.randint(0, 12))
        name = r.choice(words)
        if r.random() < 0.5:
            chars = list(name)
            for _ in range(r.randint(1, 3)):
                op = r.random()
                i = r.randrange(len(chars) + 1)
                if op < 0.33:
                    chars.insert(i, r.choice("abcxyzE_"))
                elif op < 0.66 and chars:
                    del chars[min(i, len(chars) - 1)]
                elif chars:
                    j = min(i, len(chars) - 1)
                    chars[j] = chars[j].swapcase() if r.random() < 0.5 else r.choice("qrs")
            name = "".join(chars)
        out.append({"candidates": cands, "name": name, "expect": _suggestions._generate_suggestions(cands, name)})
    return out


def trailer(e, line_prefix):
    line = "".join(traceback.TracebackException.from_exception(e).format_exception_only()).rstrip("\n")
    assert line.startswith(line_prefix), (line, line_prefix)
    rest = line[len(line_prefix):]
    return rest or None


def name_error_cases():
    out = []
    scenarios = [
        ({"apple": 1}, {"bananna": 1}, "banana"), ({}, {}, "pritn"), ({}, {}, "lenn"), ({"lenn": 1}, {}, "len"),
        ({"some_value": 1}, {}, "some_valeu"), ({}, {"GLOBAL_X": 1}, "global_x"), ({}, {}, "math"), ({"mth": 1}, {}, "math"),
        ({}, {}, "sys"), ({"ss": 1}, {}, "sys"), ({}, {}, "completely_unrelated_name"), ({"x": 1}, {"y": 2}, "z"),
        ({}, {}, "_"), ({"_private": 1}, {}, "_privat"), ({}, {"Sum": 1}, "sum"), ({}, {}, "Print"),
        ({"self": "HAS"}, {}, "attr"), ({"self": "HASNOT"}, {}, "attr"), ({"self": "HAS", "atr": 1}, {}, "attr"),
        ({}, {"v%d" % i: i for i in range(700)}, "v1x"), ({}, {"v%d" % i: i for i in range(560)}, "v1x"),
    ]
    for locs, globs, name in scenarios:
        g = dict(globs)
        g["__builtins__"] = builtins.__dict__
        params = ", ".join(locs)
        src = f"def f({params}):\n    {name}\n"
        exec(src, g)
        args = []
        for k, v in locs.items():
            if v == "HAS":
                o = ValueError()
                o.attr = 1
                args.append(o)
            elif v == "HASNOT":
                args.append(ValueError())
            else:
                args.append(v)
        try:
            g["f"](*args)
        except NameError as e:
            frame_globals = [k for k in g]
            out.append({"locals": list(locs), "self_has_attr": locs.get("self") == "HAS" if "self" in locs else None,
                        "globals": frame_globals, "builtins": list(builtins.__dict__), "name": name,
                        "expect": trailer(e, f"NameError: name '{name}' is not defined")})
    return out


def attribute_error_cases():
    out = []
    targets = {"ValueError()": ValueError(), "KeyError('k')": KeyError("k"), "OSError(2, 'x')": OSError(2, "x")}
    names = ["ad_note", "add_notes", "with_tracebak", "arg", "argz", "errnoo", "strerr", "filenam", "_cause__", "__cause", "__context",
             "xyz", "ARGS", "Args", "__notes", "notes"]
    for label, obj in targets.items():
        obj.extra_value = 1
        for name in names + ["extra_valeu", "extra"]:
            try:
                getattr(obj, name)
            except AttributeError as e:
                out.append({"object": label, "extra": "extra_value", "name": name, "self_is_obj": False,
                            "expect": trailer(e, f"AttributeError: '{type(obj).__name__}' object has no attribute '{name}'")})
    return out


def import_error_cases():
    out = []
    mod = types.ModuleType("fake_module_for_suggestions")
    for n in ["alpha", "beta", "gamma_ray", "_hidden", "Delta"]:
        setattr(mod, n, 1)
    sys.modules[mod.__name__] = mod
    for name in ["alpah", "bet", "gama_ray", "_hiden", "hiden", "delta", "zzz", "alpha"]:
        e = ImportError(f"cannot import name '{name}'", name=mod.__name__, name_from=name)
        out.append({"module": mod.__name__, "module_names": sorted(dir(mod)), "name": name,
                    "expect": trailer(e, f"ImportError: cannot import name '{name}'")})
    return out
