# What counts as a docstring, and how 3.13+ strips its indentation.
def plain():
    """One line."""
def indented():
    """First line.

        Indented more.
    Back to base.
    """
def concatenated():
    "Part one, " "part two."
def fstring_first():
    f"not a {'doc'}string"
def bytes_first():
    b"bytes are not docstrings"
def number_first():
    42
def after_comment():
    # a comment does not count as a statement
    """Docstring after a comment."""
def tabs():
	"""Tab line one.
	Tab line two.
	"""
lam = lambda: "lambdas have no docstring"
class K:
    """Class doc.
       Second line of class doc.
    """
    def method(self):
        '''Method doc.'''
    @property
    def prop(self):
        """Property doc from getter."""
        return 1
class NoDoc:
    x = 1
class Sub(K):
    pass

for obj in (plain, indented, concatenated, fstring_first, bytes_first, number_first, after_comment, tabs, lam):
    print(obj.__name__, repr(obj.__doc__))
print(repr(K.__doc__), repr(K.method.__doc__), repr(K.prop.__doc__))
print(repr(NoDoc.__doc__), repr(Sub.__doc__), repr(Sub.method.__doc__))
print(repr(K().method.__doc__), repr(type(K()).__doc__[:9]))
print(__doc__)
def doc_then_code():
    """Doc."""
    return doc_then_code.__doc__
print(doc_then_code())
print(len.__doc__.splitlines()[0], int.__doc__.splitlines()[0])
def uni():
    """Ünïcödé — docstring ✓"""
print(uni.__doc__)
