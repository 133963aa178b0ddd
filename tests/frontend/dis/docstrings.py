"""Module docstring."""

def f():
    """Function docstring."""
    return 1

def g():
    "Only a docstring."

class C:
    """Class docstring."""

    def m(self):
        """Method docstring."""
