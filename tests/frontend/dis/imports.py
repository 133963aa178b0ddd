import os
import os.path
import collections.abc as cabc
from sys import argv, path as syspath
from . import sibling
from .pkg.mod import name
from json import *

def f():
    import math
    from math import pi, tau as t
    return math.sqrt(pi + t)
