from . import rel_b
VALUE = "a"
