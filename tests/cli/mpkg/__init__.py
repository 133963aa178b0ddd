# A package run with -m by tests/ProtoPython.Cli.Tests (recorded by tools/cli/record_cli.py).
print("mpkg imported as", __name__, "package", __package__)
