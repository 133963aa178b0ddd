# name: startup
# tags: startup
# argv: -c pass
# size: one interpreter start and exit running `-c pass` (this file is not executed)
# description: Interpreter start-up and shut-down cost, the time a user waits before any code runs.
# result: (no output)
