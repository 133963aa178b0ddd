"""Simple statements, one of each kind."""
pass
x = 1
del x
assert x
assert x, "message"
assert (x, "tuple is always true")
raise
raise ValueError
raise ValueError("bad") from None
raise ValueError("bad") from exc
import os
from os import path
global g
x; y; z
x = y = z = 0
def f():
    return
def g():
    return 1, 2
def h():
    return *a, *b
for i in range(3):
    break
for i in range(3):
    continue
while 1:
    break
