# check: stderr
# Notes: multi-line notes, a non-str note, and notes added in a function the exception went through.
def check(value):
    problem = ValueError("bad value: " + str(value))
    problem.add_note("first note")
    problem.add_note("second note\nwith two lines")
    problem.__notes__.append(42)
    raise problem


print("checking")
check(3)
