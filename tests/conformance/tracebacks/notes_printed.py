# check: stderr
# Notes are printed after the exception line, one per line.
class ValidationError(Exception):
    pass
def validate(record):
    problems = []
    if "name" not in record:
        problems.append("name is missing")
    if record.get("age", 0) < 0:
        problems.append("age is negative")
    if problems:
        err = ValidationError(f"{len(problems)} problem(s)")
        for p in problems:
            err.add_note(p)
        raise err
    return True
print(validate({"name": "x", "age": 3}))
try:
    validate({"age": 1})
except ValidationError as e:
    print("caught:", e, e.__notes__)
try:
    validate({"age": -1})
except ValidationError as e:
    e.add_note("multi-line note\n  second line of it")
    e.add_note("")
    raise
