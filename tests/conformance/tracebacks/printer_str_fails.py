# check: stderr
# str() of the exception raising, and the module prefix of an exception class from another module.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")


class Elsewhere(Exception):
    pass


Elsewhere.__module__ = "somewhere.inner"
print("raising")
raise Broken("x") from Elsewhere("made elsewhere")
