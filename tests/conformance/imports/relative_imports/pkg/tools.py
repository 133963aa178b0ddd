from . import base
from .base import BASE as B
from .sub import leaf
def info():
    return [base.describe(), B, leaf.info()]
