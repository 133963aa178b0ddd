"""What the tests/opcache programs share: the specialized forms dis shows, and warming a function up."""
import dis


def forms(f, family):
    """The names dis shows, adaptive, for the instructions of one family in f, in order."""
    return [i.opname for i in dis.get_instructions(f, adaptive=True)
            if dis.deoptmap.get(i.opname, i.opname) == family]


def warm(f, *args, n=100):
    for _ in range(n):
        f(*args)
