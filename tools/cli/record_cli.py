#!/usr/bin/env python3
"""Records CPython 3.14's command-line behaviour for tests/ProtoPython.Cli.Tests.

Run with the oracle:  PY=$(/work/shared/tools/cpython314.sh); $PY tools/cli/record_cli.py $PY
(the argument is the command that starts CPython 3.14, here a wrapper script around the binary)
Writes tests/cli/cases.json: for each command line, the exit code, and either the state the
program saw (sys.argv, sys._xoptions, sys.warnoptions, sys.flags) printed by a probe, or the
stdout/stderr text (the interpreter's path replaced by "{program}", the temp dir by "{tmp}").
Every run uses a clean environment (PATH only) plus the case's own variables.
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYTHON = sys.argv[1] if len(sys.argv) > 1 else sys.executable
OUT = os.path.join(ROOT, "tests", "cli", "cases.json")

# One line so it can be passed with -c and fed on stdin.
PROBE = ("import sys,json;f=sys.flags;print(json.dumps({'argv':sys.argv,'xoptions':sys._xoptions,"
         "'warnoptions':sys.warnoptions,'flags':{k:getattr(f,k) for k in dir(f) "
         "if not k.startswith(('_','n_')) and k not in ('count','index')}}))")

# (name, args, extra environment, stdin). "probe.py" is a script holding PROBE; "-m probe" imports it.
CASES = [
    ("script", ["probe.py"], {}, None),
    ("script_args", ["probe.py", "a", "-b", "--c", "-"], {}, None),
    ("command", ["-c", PROBE], {}, None),
    ("command_args", ["-c", PROBE, "-O", "x", "--", "-c"], {}, None),
    ("command_joined", ["-c" + PROBE, "y"], {}, None),
    ("command_after_flags", ["-Oc", PROBE], {}, None),
    ("module", ["-m", "probe", "-X", "dev"], {}, None),
    ("module_joined", ["-mprobe", "arg"], {}, None),
    ("stdin_dash", ["-", "a1", "a2"], {}, PROBE),
    ("stdin_default", [], {}, PROBE),
    ("double_dash_script", ["--", "probe.py", "-V"], {}, None),
    ("optimize_1", ["-O", "probe.py"], {}, None),
    ("optimize_2", ["-OO", "probe.py"], {}, None),
    ("optimize_3", ["-O", "-OO", "probe.py"], {}, None),
    ("bytes_warning", ["-b", "probe.py"], {}, None),
    ("bytes_error", ["-bb", "probe.py"], {}, None),
    ("simple_flags", ["-B", "-d", "-i", "-q", "-s", "-S", "-u", "-x", "probe.py"], {}, None),
    ("combined_flags", ["-BdqsSux", "probe.py"], {}, None),
    ("verbose_3", ["-vvv", "-S", "probe.py"], {}, None),
    ("isolated", ["-I", "probe.py"], {}, None),
    ("ignore_env", ["-E", "probe.py"], {"PYTHONOPTIMIZE": "2", "PYTHONDONTWRITEBYTECODE": "1"}, None),
    ("safe_path", ["-P", "probe.py"], {}, None),
    ("legacy_t_R", ["-t", "-R", "probe.py"], {}, None),
    ("warnings", ["-W", "error", "-Wignore::DeprecationWarning", "-W", "error", "probe.py"], {}, None),
    ("warnings_env", ["-W", "always", "-b", "probe.py"], {"PYTHONWARNINGS": "ignore,default::UserWarning"}, None),
    ("xoptions", ["-X", "jit-stats", "-Xjit=off", "-X", "a=b=c", "-X", "jit-threshold=10", "-X", "a=2", "probe.py"], {}, None),
    ("xoptions_dev", ["-X", "dev", "-X", "warn_default_encoding", "-X", "int_max_str_digits=5000", "probe.py"], {}, None),
    ("xoptions_empty_value", ["-X", "k=", "-X", "=v", "probe.py"], {}, None),
    ("check_hash", ["--check-hash-based-pycs", "always", "probe.py"], {}, None),
    ("env_flags", ["probe.py"], {"PYTHONOPTIMIZE": "x", "PYTHONVERBOSE": "2", "PYTHONDONTWRITEBYTECODE": "1",
                                 "PYTHONNOUSERSITE": "1", "PYTHONINSPECT": "1", "PYTHONSAFEPATH": "1",
                                 "PYTHONDEBUG": "1", "PYTHONHASHSEED": "0", "PYTHONDEVMODE": "1",
                                 "PYTHONWARNDEFAULTENCODING": "1", "PYTHONINTMAXSTRDIGITS": "1000"}, None),
    ("env_max_with_flag", ["-O", "-v", "probe.py"], {"PYTHONOPTIMIZE": "2", "PYTHONVERBOSE": "0"}, None),
    ("env_empty_ignored", ["probe.py"], {"PYTHONOPTIMIZE": "", "PYTHONDONTWRITEBYTECODE": ""}, None),
    ("hash_seed_random", ["probe.py"], {"PYTHONHASHSEED": "random"}, None),
    # Outcomes without a probe: help, version and errors.
    ("version", ["-V"], {}, None),
    ("version_long", ["--version"], {}, None),
    ("version_twice", ["-V", "-V"], {}, None),
    ("version_then_unknown", ["-V", "-Z"], {}, None),
    ("version_after_flags", ["-OOV"], {}, None),
    ("help_short", ["-h"], {}, None),
    ("help_question", ["-?"], {}, None),
    ("help_long", ["--help"], {}, None),
    ("help_then_unknown", ["-h", "-Z"], {}, None),
    ("help_all", ["--help-all"], {}, None),
    ("help_env", ["--help-env"], {}, None),
    ("help_xoptions", ["--help-xoptions"], {}, None),
    ("missing_c", ["-c"], {}, None),
    ("missing_c_joined", ["-xc"], {}, None),
    ("missing_m", ["-m"], {}, None),
    ("missing_W", ["-W"], {}, None),
    ("missing_X", ["-X", "a", "-X"], {}, None),
    ("missing_check_hash", ["--check-hash-based-pycs"], {}, None),
    ("bad_check_hash", ["--check-hash-based-pycs", "sometimes"], {}, None),
    ("check_hash_equals", ["--check-hash-based-pycs=always"], {}, None),
    ("unknown_short", ["-Z"], {}, None),
    ("unknown_in_group", ["-bZ"], {}, None),
    ("unknown_J", ["-J"], {}, None),
    ("unknown_long", ["--foo"], {}, None),
    ("unknown_help_prefix", ["--help-foo"], {}, None),
    ("triple_dash", ["---"], {}, None),
    ("missing_script", ["no_such_script.py"], {}, None),
]


# (name, args) run in tests/cli: stdout is compared as recorded (the fixtures print relative paths).
MODULE_CASES = [
    ("m_package", ["-m", "mpkg", "a", "-b"]),
    ("m_subpackage", ["-m", "mpkg.sub", "x"]),
    ("m_submodule", ["-m", "mpkg.tool", "--flag"]),
    ("m_missing_submodule", ["-m", "mpkg.nope"]),
    ("m_not_a_package", ["-m", "mpkg.tool.inner"]),
    ("m_json_tool", ["-m", "json.tool", "--sort-keys", "mpkg/data.json"]),
    ("m_unittest_help", ["-m", "unittest", "-h"]),
    ("m_unittest_run", ["-m", "unittest", "mpkg.test_sample"]),
]


def run(args, env, stdin, cwd):
    full_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    full_env.update(env)
    return subprocess.run([PYTHON, *args], cwd=cwd, env=full_env, input=(stdin or "").encode(),
                          capture_output=True, timeout=60)


def main():
    if sys.version_info[:2] != (3, 14):
        sys.exit("run this with CPython 3.14 (the oracle)")
    records = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = os.path.realpath(tmp)
        with open(os.path.join(tmp, "probe.py"), "w") as f:
            f.write("# first line (skipped under -x)\n" + PROBE + "\n")

        def norm(text):
            return text.decode("utf-8").replace(sys.executable, "{program}").replace(PYTHON, "{program}").replace(tmp, "{tmp}")

        for name, args, env, stdin in CASES:
            p = run(args, env, stdin, tmp)
            record = {"name": name, "args": args, "env": env, "exit_code": p.returncode}
            out = norm(p.stdout)
            if out.startswith("{\"argv\""):
                record["state"] = json.loads(out)
            else:
                record["stdout"] = out
            record["stderr"] = norm(p.stderr)
            records.append(record)

    # `-m dis` on a file with a syntax error, run where the file is (as the dis goldens are).
    folder = os.path.join(ROOT, "tests", "cli")
    p = run(["-m", "dis", "syntax_error.py"], {}, None, folder)
    records.append({"name": "dis_syntax_error", "args": ["-m", "dis", "syntax_error.py"], "env": {},
                    "exit_code": p.returncode, "stdout": p.stdout.decode(), "stderr": p.stderr.decode()})

    # -m on packages, submodules and standard modules, run in tests/cli where the mpkg fixture is.
    for name, args in MODULE_CASES:
        p = run(args, {}, None, folder)
        records.append({"name": name, "args": args, "env": {}, "exit_code": p.returncode,
                        "stdout": p.stdout.decode(), "stderr": norm(p.stderr).replace(folder, "{cli}")})

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        json.dump({"python": sys.version.split()[0], "probe": PROBE, "cases": records}, f, indent=1)
        f.write("\n")
    print(f"wrote {len(records)} cases to {OUT}")


if __name__ == "__main__":
    main()
