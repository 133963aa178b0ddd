from .. import base
from ..base import BASE
from . import sibling
from .sibling import NAME
def info():
    return f"leaf sees {BASE!r}, {NAME!r}, base module {base.__name__}, package {__package__}"
