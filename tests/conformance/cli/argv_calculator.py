# args: 3 + 4 * 2 - 5 / 5
# A tiny calculator over its command-line arguments (left to right, no precedence).
import sys
tokens = sys.argv[1:]
print("tokens:", tokens)
def apply(op, a, b):
    match op:
        case "+":
            return a + b
        case "-":
            return a - b
        case "*":
            return a * b
        case "/":
            return a / b
        case _:
            raise ValueError(f"unknown operator {op!r}")
value = float(tokens[0])
steps = []
for i in range(1, len(tokens) - 1, 2):
    op, rhs = tokens[i], float(tokens[i + 1])
    new = apply(op, value, rhs)
    steps.append(f"{value} {op} {rhs} = {new}")
    value = new
for s in steps:
    print(s)
print("result:", value)
print("as int:", int(value), "is integer:", value.is_integer())
try:
    apply("%", 1, 2)
except ValueError as e:
    print(type(e).__name__, e)
print(" ".join(reversed(tokens)))
