# With empty stdin: input() raises EOFError, read() returns '', iteration stops at once.
import sys
try:
    value = input()
    print("got", repr(value))
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
print(sys.stdin.readlines())
print([line for line in sys.stdin])
def read_config():
    try:
        text = input()
    except EOFError:
        return {"source": "defaults"}
    return {"source": text}
print(read_config())
def ask(prompt, default):
    try:
        reply = input(prompt)
    except EOFError:
        print()
        return default
    return reply or default
print(ask("name? ", "anonymous"))
print(ask("color? ", "blue"))
lines = sys.stdin.read().splitlines()
print(lines, len(lines))
print("finished")
