# A command interpreter written with match over split strings.
def run(line, state):
    match line.split():
        case []:
            return "empty line"
        case ["quit" | "exit"]:
            return "bye"
        case ["set", name, value] if value.isdigit():
            state[name] = int(value)
            return f"{name} = {value}"
        case ["set", name, *words]:
            state[name] = " ".join(words)
            return f"{name} = {state[name]!r}"
        case ["get", name] if name in state:
            return f"{name} is {state[name]!r}"
        case ["get", name]:
            return f"{name} is undefined"
        case ["add", *names] if names and all(isinstance(state.get(n), int) for n in names):
            return f"sum {sum(state[n] for n in names)}"
        case ["add", *_]:
            return "add needs defined numbers"
        case ["del", *names]:
            removed = [n for n in names if state.pop(n, None) is not None]
            return f"deleted {removed}"
        case [cmd, *args]:
            return f"unknown command {cmd!r} with {len(args)} args"
state = {}
script = """set a 10
set b 32
set greeting hello big world
get a
get greeting
get nope
add a b
add a greeting
add
del a zz
get a

frobnicate 1 2 3
quit"""
for line in script.split("\n"):
    print(f"{line!r:32} -> {run(line, state)}")
print(sorted(state.items()))
