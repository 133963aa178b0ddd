"""Records CPython 3.14's deterministic time-module results (UTC calendar functions) for the runtime tests.

Run: tools/record-expected time
Writes tests/ProtoPython.Runtime.Tests/Time/goldens/time_cases.json: a list of
{"f": function, "args": [value...], "r": repr of the result} or {"f", "args", "err": [type name, str(exc)]}.
Values are encoded as in record_math.py, and a struct_time as ["struct_time", 9 fields, tm_zone, tm_gmtoff]. Only functions that do not depend on the clock or the
local time zone are recorded (gmtime, strftime/asctime of explicit tuples, struct_time, sleep errors).
"""
import json, os, random, struct, sys, time

assert sys.version_info[:2] == (3, 14), sys.version

OUT = os.path.join("tests", "ProtoPython.Runtime.Tests", "Time", "goldens", "time_cases.json")


def enc(v):
    if type(v) is bool:
        return "b:" + str(v)
    if type(v) is int:
        return "i:" + hex(v)
    if type(v) is float:
        return "f:" + struct.pack(">d", v).hex()
    if type(v) is str:
        return "s:" + v
    if v is None:
        return "n:"
    if type(v) is time.struct_time:
        return ["struct_time"] + [enc(x) for x in v] + [enc(v.tm_zone), enc(v.tm_gmtoff)]
    if type(v) in (list, tuple):
        return [type(v).__name__] + [enc(x) for x in v]
    raise TypeError(type(v))


cases = []


def record(name, *args):
    case = {"f": name, "args": [enc(a) for a in args]}
    try:
        r = getattr(time, name)(*args)
    except Exception as e:
        case["err"] = [type(e).__name__, str(e)]
    else:
        case["r"] = repr(r)
    cases.append(case)


rng = random.Random(2026)
STAMPS = [0, 1, -1, 59, 60, 86399, 86400, -86400, 951782400, 951868800, 978307199, 1e9, 1.9, -1.5, 2 ** 31,
          -(2 ** 31), 4102444800, 253402300799, 253402300800, -62135596800, -62135596801, 10 ** 12, -(10 ** 12),
          True, 1e20, 10 ** 30, float("nan"), "a", None] + [rng.randrange(-4 * 10 ** 9, 4 * 10 ** 10) for _ in range(40)]
for t in STAMPS:
    if t is not None:
        record("gmtime", t)

FORMATS = ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %h", "%c", "%x %X", "%D %T %R %F", "%e|%k|%l|%I|%p|%P", "%j %U %W %V %G %g %u %w",
           "%C %y", "%%", "%n%t", "%Q%q", "plain text", "", "%Z %z", "%r"]
TUPLES = [time.gmtime(t) for t in [0, 1e9, 951782400, 4102444800, -(10 ** 10), 1230768000, 1262304000, 1609459200,
                                   1104537600, 1136073600]]
TUPLES += [(2020, 1, 2, 3, 4, 5, 6, 7, 0), (2020, 0, 0, 0, 0, 0, 0, 0, 0), (1999, 12, 31, 23, 59, 61, 4, 365, 0)]
for tm in TUPLES:
    for fmt in FORMATS:
        record("strftime", fmt, tm)
    record("asctime", tm)
for bad in [(2020, 13, 2, 3, 4, 5, 6, 7, 0), (2020, 1, 32, 3, 4, 5, 6, 7, 0), (2020, 1, 2, 24, 4, 5, 6, 7, 0),
            (2020, 1, 2, 3, 60, 5, 6, 7, 0), (2020, 1, 2, 3, 4, 62, 6, 7, 0), (2020, 1, 2, 3, 4, 5, -3, 7, 0),
            (2020, 1, 2, 3, 4, 5, 6, 367, 0), (2020, -1, 2, 3, 4, 5, 6, 7, 0), [2020, 1, 2, 3, 4, 5, 6, 7, 0], "x",
            (2020, "a", 2, 3, 4, 5, 6, 7, 0)]:
    record("strftime", "%Y", bad)
    record("asctime", bad)
record("strftime", 5, (2020, 1, 2, 3, 4, 5, 6, 7, 0))
for seq in [(2020, 1, 2, 3, 4, 5, 6, 7, 0), (1, 2), list(range(11)), list(range(12)), (1970, 1, 1, 0, 0, 0, 3, 1, 0, "UTC", 0)]:
    record("struct_time", seq)
for s in [-1, -0.5, "a", float("nan"), None, 0]:
    record("sleep", s)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump(cases, f, indent=0, sort_keys=True)
    f.write("\n")
print(f"record_time: {len(cases)} cases -> {OUT}")
