# Evaluating an expression tree made of tuples and small classes with match.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
class Neg:
    __match_args__ = ("operand",)
    def __init__(self, operand):
        self.operand = operand
def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case str(name):
            return env[name]
        case Neg(Neg(inner)):
            return evaluate(inner, env)
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("+", left, Num(0)) | BinOp("+", Num(0), left):
            return evaluate(left, env)
        case BinOp("*", _, Num(0)) | BinOp("*", Num(0), _):
            return 0
        case BinOp("+" | "-" | "*" | "/" as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                case "/": return a / b
        case ("if", cond, then, other):
            return evaluate(then if evaluate(cond, env) else other, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"cannot evaluate {node!r}")
env = {"x": 6, "y": 7}
exprs = [
    Num(3),
    BinOp("+", Num(1), Num(2)),
    BinOp("*", "x", "y"),
    Neg(Neg("x")),
    Neg(BinOp("-", "x", Num(10))),
    BinOp("+", "y", Num(0)),
    BinOp("*", BinOp("/", "x", Num(0)), Num(0)),
    ("if", "x", Num(1), Num(2)),
    ("if", BinOp("-", "x", "x"), Num(1), Num(2)),
    BinOp("/", "x", Num(4)),
    BinOp("%", "x", "y"),
    [1, 2],
]
for e in exprs:
    try:
        print(evaluate(e, env))
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
