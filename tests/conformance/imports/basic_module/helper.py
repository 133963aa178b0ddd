print("helper: executing module body")
CONST = 42
_private = "underscore"
counter = 0
def func(x):
    return f"func({x})"
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    def __repr__(self):
        return "Thing()"
print("helper: __name__ is", __name__)
