# finally with return, break and continue: which value wins.
import sys
def r1():
    try:
        return "try"
    finally:
        print("r1 finally")
print(r1())
def r2():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(r2())
def r3():
    x = 1
    try:
        return x
    finally:
        x = 2
print(r3())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out
print(loop_continue())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                return n
        finally:
            print("iteration", n)
print(while_finally())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def exc_then_finally():
    try:
        raise ValueError("x")
    except ValueError:
        return "from except"
    finally:
        print("finally after except return")
print(exc_then_finally())
