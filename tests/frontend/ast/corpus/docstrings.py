"""Module docstring."""
def f():
    """Function docstring."""
def g():
    'single-quoted docstring'
    return 1
def h():
    r"""Raw docstring \n"""
def i():
    """
    Multi-line docstring.

        Indented block.
    """
def j():
    f"""f-string is not a docstring {x}"""
def k():
    b"""bytes are not a docstring"""
def l():
    x = 1
    """not a docstring: not first"""
class C:
    """Class docstring."""
    def m(self):
        """Method docstring."""
async def a():
    """Async docstring."""
def n():
    "implicit" " concatenation" """ docstring"""
def o():
    ("parenthesized docstring")
lambda: "lambda body string"
def p(): "one line docstring"
