"""dis parity goldens: tests/frontend/dis/<name>.dis (and a few variants) for every <name>.py there.

<name>.dis is the standard output of `python3.14 -m dis <name>.py` run with tests/frontend/dis
as working directory (code object reprs then say file "<name>.py"), with every `0x<hex>`
address replaced by `0x...`. Variants, for the fixtures listed below:
  <name>.caches.dis     `python3.14 -m dis -C <name>.py`  (show_caches=True)
  <name>.positions.dis  `python3.14 -m dis -P <name>.py`  (show_positions=True)
PYTHONHASHSEED=0 (set by tools/record-expected) keeps set/frozenset constants in a fixed order.
.dis files without a fixture are deleted.
"""

import os
import re
import subprocess
import sys

from frontend_common import FRONTEND, require_314, write_text

WITH_CACHES = ["binary_ops", "call_method", "compare_chained", "loop_for", "subscript_attr", "super_forms"]
WITH_POSITIONS = ["comp_list", "compare_chained", "fstring_conversions_specs", "loop_for", "match_class",
                  "module_level_code", "try_except"]

ADDRESS = re.compile(r"0x[0-9a-f]+")


def run_dis(folder, name, *flags):
    env = dict(os.environ, PYTHONHASHSEED=os.environ.get("PYTHONHASHSEED", "0"), PYTHONIOENCODING="utf-8")
    # The wrapper, not sys.executable: the reference build runs through its own loader.
    python = os.environ.get("CPYTHON314") or sys.executable
    result = subprocess.run([python, "-X", "utf8", "-m", "dis", *flags, name + ".py"], cwd=folder,
                            env=env, capture_output=True, text=True, encoding="utf-8")
    if result.returncode != 0:
        sys.exit(f"python -m dis {' '.join(flags)} {name}.py failed:\n{result.stderr}")
    return ADDRESS.sub("0x...", result.stdout)


def main():
    require_314()
    folder = os.path.join(FRONTEND, "dis")
    names = sorted(f[:-3] for f in os.listdir(folder) if f.endswith(".py"))
    missing = [n for n in WITH_CACHES + WITH_POSITIONS if n not in names]
    if missing:
        sys.exit(f"variants requested for missing fixtures: {missing}")
    wanted = set()
    for name in names:
        outputs = {name + ".dis": ()}
        if name in WITH_CACHES:
            outputs[name + ".caches.dis"] = ("-C",)
        if name in WITH_POSITIONS:
            outputs[name + ".positions.dis"] = ("-P",)
        for out, flags in outputs.items():
            write_text(os.path.join(folder, out), run_dis(folder, name, *flags))
            wanted.add(out)
    for f in os.listdir(folder):
        if f.endswith(".dis") and f not in wanted:
            os.remove(os.path.join(folder, f))
    print(f"dis: {len(names)} fixtures, {len(wanted)} .dis files")


if __name__ == "__main__":
    main()
