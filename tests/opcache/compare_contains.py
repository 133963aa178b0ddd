# COMPARE_OP (int, float, str) and CONTAINS_OP (set, dict); then other operand types.
from support.forms import forms, warm


def lt(a, b):
    return a < b


def eq(a, b):
    return a == b


def isin(a, b):
    return a in b


warm(lt, 1, 2)
print("compare int:", forms(lt, "COMPARE_OP"))
warm(lt, 1.0, 2.5)
print("compare float after ints:", forms(lt, "COMPARE_OP"))
warm(eq, "a", "b")
print("compare str:", forms(eq, "COMPARE_OP"))
warm(isin, 1, {1, 2})
print("in set:", forms(isin, "CONTAINS_OP"))
warm(isin, 1, {1: 2})
print("in dict after sets:", forms(isin, "CONTAINS_OP"))
