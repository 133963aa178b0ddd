"""Runs one of CPython's test modules under ProtoPython and writes one JSON line per event.

    protopy tools/cpython-tests/driver.py test_int OUT.jsonl [EXCLUDED.txt]

Lines: {"event": "import", "ok": ..., "reason": ...}; {"event": "start", "id": ...} before each
test; {"event": "result", "id", "outcome", "reason"} after it (outcome: passed, failed, errored,
skipped, excluded); {"event": "done"} at the end. Each line is flushed, so a run killed by the
runner's timeout still says which test was running. Tests listed in EXCLUDED.txt (lines
"test.test_x.Class.test_name  reason") are not run.
"""

import json
import sys
import traceback
import unittest


def reason_of(err):
    exc_type, exc, _ = err
    text = str(exc).strip().splitlines()
    return exc_type.__name__ + (": " + text[0] if text else "")


class Recorder(unittest.TestResult):
    def __init__(self, out):
        super().__init__()
        self.out = out
        self.current = {}

    def emit(self, **fields):
        self.out.write(json.dumps(fields) + "\n")
        self.out.flush()

    def outcome(self, test, outcome, reason=""):
        # The first non-passing outcome of a test wins (subtests report before the test ends).
        state = self.current.setdefault(test.id(), {})
        if "outcome" not in state or state["outcome"] == "passed":
            state["outcome"] = outcome
            state["reason"] = reason

    def startTest(self, test):
        super().startTest(test)
        self.emit(event="start", id=test.id())

    def stopTest(self, test):
        super().stopTest(test)
        state = self.current.pop(test.id(), {"outcome": "passed", "reason": ""})
        self.emit(event="result", id=test.id(), outcome=state["outcome"], reason=state["reason"])

    def addSuccess(self, test):
        self.outcome(test, "passed")

    def addFailure(self, test, err):
        self.outcome(test, "failed", reason_of(err))

    def addError(self, test, err):
        if not isinstance(test, unittest.TestCase):
            # A class or module fixture failed (_ErrorHolder): it is no test of its own.
            self.emit(event="result", id=test.id(), outcome="errored", reason=reason_of(err))
            return
        self.outcome(test, "errored", reason_of(err))

    def addSkip(self, test, reason):
        if not isinstance(test, unittest.TestCase):
            self.emit(event="result", id=test.id(), outcome="skipped", reason=str(reason))
            return
        self.outcome(test, "skipped", str(reason))

    def addExpectedFailure(self, test, err):
        self.outcome(test, "passed")

    def addUnexpectedSuccess(self, test):
        self.outcome(test, "failed", "unexpected success")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self.outcome(test, "failed" if failed else "errored", reason_of(err))


def flatten(suite, into):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            flatten(item, into)
        else:
            into.append(item)
    return into


def read_excluded(path):
    excluded = {}
    if path:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    test_id, _, why = line.partition(" ")
                    excluded[test_id] = why.strip() or "excluded"
    return excluded


def main():
    name, out_path = sys.argv[1], sys.argv[2]
    excluded = read_excluded(sys.argv[3] if len(sys.argv) > 3 else None)
    with open(out_path, "w", encoding="utf-8") as out:
        recorder = Recorder(out)
        try:
            module = __import__("test." + name, fromlist=["*"])
            tests = flatten(unittest.defaultTestLoader.loadTestsFromModule(module), [])
        except BaseException as e:  # noqa: BLE001 - any failure to import is the module's result
            recorder.emit(event="import", ok=False, reason=reason_of((type(e), e, e.__traceback__)),
                          traceback=traceback.format_exc()[-2000:])
            return
        recorder.emit(event="import", ok=True, reason="")
        runnable = []
        for test in tests:
            if test.id() in excluded:
                recorder.emit(event="result", id=test.id(), outcome="excluded", reason=excluded[test.id()])
            else:
                runnable.append(test)
        unittest.TestSuite(runnable).run(recorder)
        recorder.emit(event="done")


main()
