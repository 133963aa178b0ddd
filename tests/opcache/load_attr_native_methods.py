# LOAD_ATTR of a method on instances of native types without a __dict__ (deque): METHOD_NO_DICT,
# as for builtin types, and the calls behind them.
from collections import deque

from support.forms import forms, warm


def use(d):
    d.append(1)
    return d.popleft()


warm(use, deque())
print("deque methods:", forms(use, "LOAD_ATTR"), forms(use, "CALL"))

