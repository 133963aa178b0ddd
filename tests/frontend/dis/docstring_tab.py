"""Module docstring with a tab that expands to one space:

>>> ru"\t"
and one that expands to more:	end.
"""


def f():
    """A tab\tin the first line.

	An indented line with a tab.
    """
