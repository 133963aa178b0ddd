# ast.get_docstring (it imports inspect, hence annotationlib, which runs a t-string at import).
import ast

src = '''
def f(a, b):
    """Docstring of f.

    More text.
    """
    return a + b

class C:
    "Class doc"
    x = 1

async def g():
    42
'''
tree = ast.parse(src)
print(repr(ast.get_docstring(tree.body[0])))
print(repr(ast.get_docstring(tree.body[0], clean=False)))
print(ast.get_docstring(tree.body[1]), ast.get_docstring(tree.body[2]), ast.get_docstring(tree))
print(repr(ast.get_docstring(ast.parse('"""Module doc."""\nx = 1'))))
try:
    ast.get_docstring(tree.body[0].body[1])
except TypeError as e:
    print("TypeError:", e)
