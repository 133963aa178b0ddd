# A deliberate syntax error for `protopy -m dis` (tests/ProtoPython.Cli.Tests).
def ok():
    return 1

x = (1 +
     2))
