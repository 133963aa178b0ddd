import a
import a.b.c
import a as b
import a.b as c
import a, b.c, d as e
from a import b
from a import b as c, d
from a import (b, c as d)
from a import (
    b,
    c,
)
from a.b import *
from . import a
from .. import b
from ... import c
from .... import d
from .a import b
from ..a.b import c as d
from .......x import y
import 𝔘𝔫𝔦𝔠𝔬𝔡𝔢
from __future__ import annotations
