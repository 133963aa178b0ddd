x = 1 + \
    2
if a and \
   b:
    pass
y = \
    3
assert x, \
    "message"
with open("a") as f, \
     open("b") as g:
    pass
z = (1 +
     2)
w = [
    1,
    2
]
v = {
    'a':
        1,
}
def f(a,
      b):
    return a \
        + b
s = "abc" \
    "def"
t = ('a'
     "b")
import os, \
    sys
from os import (path,
                sep)
for x in \
        range(3):
    pass
x = 1 + \
\
    2
