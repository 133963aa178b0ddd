# BINARY_OP: int, float and str arithmetic, subscripts, mixed int/float (EXTEND); a type change.
from support.forms import forms, warm


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def subscr(c, i):
    return c[i]


warm(add, 1, 2)
print("add int:", forms(add, "BINARY_OP"))
warm(sub, 1.5, 2.0)
print("subtract float:", forms(sub, "BINARY_OP"))
warm(mul, 3, 4)
print("multiply int:", forms(mul, "BINARY_OP"))


def concat(a, b):
    return a + b


warm(concat, "a", "b")
print("add unicode:", forms(concat, "BINARY_OP"))


def list_sub(c, i):
    return c[i]


def tuple_sub(c, i):
    return c[i]


def str_sub(c, i):
    return c[i]


def dict_sub(c, i):
    return c[i]


warm(list_sub, [1, 2, 3], 1)
print("list subscript:", forms(list_sub, "BINARY_OP"))
warm(tuple_sub, (1, 2, 3), 1)
print("tuple subscript:", forms(tuple_sub, "BINARY_OP"))
warm(str_sub, "abc", 1)
print("str subscript:", forms(str_sub, "BINARY_OP"))
warm(dict_sub, {1: 2}, 1)
print("dict subscript:", forms(dict_sub, "BINARY_OP"))


def mixed(a, b):
    return a * b


warm(mixed, 2, 1.5)
print("int * float:", forms(mixed, "BINARY_OP"))

warm(add, 1.0, 2.0)
print("add after floats:", forms(add, "BINARY_OP"))
