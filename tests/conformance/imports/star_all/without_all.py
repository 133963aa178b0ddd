import sys as _sys_alias
visible = "visible"
_hidden = "hidden"
def function():
    return "function"
class Klass:
    pass
