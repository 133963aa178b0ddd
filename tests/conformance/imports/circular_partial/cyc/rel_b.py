from .rel_a import VALUE
