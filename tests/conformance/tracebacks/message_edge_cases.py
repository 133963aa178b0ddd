# check: stderr
# Multi-line messages, non-string notes and an exception whose repr and str differ.
class Report(Exception):
    def __str__(self):
        lines = [f"{len(self.args)} issue(s):"]
        lines += [f"  - {a}" for a in self.args]
        return "\n".join(lines)
r = Report("missing name", "bad age")
print(str(r))
print(repr(r))
try:
    raise Report("x")
except Report as e:
    print(str(e).count("\n"), e.args)
e = ValueError("value")
e.add_note("a normal note")
e.__notes__.append(42)
e.__notes__.append("after a non-string note")
print(e.__notes__)
def fail():
    raise e
try:
    fail()
except ValueError as caught:
    print("notes survive raising:", len(caught.__notes__))
def outer():
    try:
        fail()
    except ValueError:
        raise Report("first problem", "second problem")
outer()
