# The _ast node classes: hierarchy, metadata, 3.13+ constructors and their warnings,
# 3.14 repr, __reduce__/copy (pickle needs _struct), __replace__, and the helpers of the ast module.
import ast
import copy
import warnings

print(ast.AST, ast.Name, ast.expr, ast.Load, ast.AST.__module__, ast.Name.__mro__)
print(ast.Name._fields, ast.Name.__match_args__, ast.Name._attributes, ast.AST._fields, ast.AST._attributes)
print(ast.Name.__doc__)
print(ast.arguments.__doc__)
print(ast.stmt.__doc__.splitlines()[:3])
print(ast.cmpop.__doc__, ast.Add.__doc__)
print(ast.FunctionDef._field_types)
print(ast.Dict._field_types, ast.ImportFrom._field_types, ast.Constant._field_types)
print(ast.keyword._attributes, ast.arguments._attributes, ast.comprehension._fields)
print(ast.Return.value, ast.expr.end_lineno, ast.keyword.arg, ast.arguments.vararg)
print(issubclass(ast.Add, ast.operator), issubclass(ast.FunctionDef, ast.stmt), isinstance(ast.Pass(), ast.AST))
print(sorted(n for n in dir(ast) if n.startswith("PyCF_")), ast.PyCF_ONLY_AST, ast.PyCF_OPTIMIZED_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

print("== constructors")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    n = ast.Name("x")
    print(n.__dict__, n.ctx is ast.Name("y").ctx)
    c = ast.Constant(1)
    print(c.__dict__, c.kind)
    f = ast.FunctionDef("f")
    print(sorted(f.__dict__), f.returns, f.body)
    class Custom(ast.AST):
        _fields = ("a", "b")
    m = Custom(1)
    print(m.__dict__, hasattr(m, "b"))
    class Sub(ast.expr):
        pass
    print(Sub().__dict__)

# An "error" filter turns each DeprecationWarning into an exception (no warning printing needed).
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for make in [lambda: ast.FunctionDef("f"), lambda: ast.Name(foo=1), lambda: ast.Name(ctx=ast.Load()),
                 lambda: ast.BinOp(left=ast.Constant(1), op=ast.Add()), lambda: ast.Name("x", lineno=3)]:
        try:
            print(ast.dump(make(), include_attributes=True))
        except DeprecationWarning as w:
            print("DeprecationWarning:", w)

for make in [lambda: ast.Name("a", "b", "c"), lambda: ast.Name("a", id="b"), lambda: ast.Pass(1),
             lambda: ast.Constant(1, 2, 3), lambda: ast.AST(1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

print("== repr")
tree = ast.parse("x = [1, 2, 3, 4]\nclass A(B):\n    def m(self): return self.x")
print(repr(tree))
print(repr(tree.body[0]))
print(repr(tree.body[0].value))
print(repr(ast.AST()), repr(ast.Load()), repr(ast.Constant("s" * 5)), repr(ast.Tuple(elts=(ast.Name("a"), 1, 2))))
loop = ast.List(elts=[])
loop.elts.append(loop)
print(repr(loop))

print("== reduce, copy, pickle, replace")
n = ast.Name("x", ast.Store(), lineno=3)
print(n.__reduce__())
print(ast.Constant(1).__reduce__(), ast.Load().__reduce__())
print(ast.dump(copy.deepcopy(tree)) == ast.dump(tree))
p = copy.copy(tree)
print(ast.dump(p, include_attributes=True) == ast.dump(tree, include_attributes=True))
r = copy.replace(n, id="y")
print(r.__dict__, r is not n)
print(ast.Constant(1).__replace__(lineno=4).__dict__)
for make in [lambda: n.__replace__(foo=1), lambda: n.__replace__(1), lambda: ast.BinOp(left=1, op=ast.Add()).__replace__()]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            make()
    except TypeError as e:
        print("TypeError:", e)

print("== match")
match ast.parse("f(1, k=2)").body[0].value:
    case ast.Call(ast.Name(id=fn), [ast.Constant(value=v)], [ast.keyword(arg=k)]):
        print("call", fn, v, k)

print("== helpers")
src = '''
def f(a, b):
    """Docstring of f."""
    return a + b

class C:
    "Class doc"
    x = 1
'''
tree = ast.parse(src)
print([type(n).__name__ for n in ast.walk(tree)])
print(list(ast.iter_fields(tree.body[1]))[:2])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])
print(ast.get_source_segment(src, tree.body[0].body[1]))
ast.increment_lineno(tree, 10)
print(tree.body[0].lineno, tree.body[0].body[1].value.end_lineno)
new = ast.copy_location(ast.Pass(), tree.body[1])
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
expr = ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))
ast.fix_missing_locations(expr)
print(ast.dump(expr, include_attributes=True))
print(eval(compile(expr, "<e>", "eval")))


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)


v = Counter()
v.visit(ast.parse("a = b + c(d, e=f)"))
print(v.names)
for text in ["1", "-2.5", "'s'", "b'x'", "(1, [2, {3: 4}], {5})", "1+2j", "None", "set()", "-(1)"]:
    try:
        print(repr(ast.literal_eval(text)))
    except ValueError as e:
        print("ValueError:", e)
try:
    ast.literal_eval("f(x)")
except ValueError as e:
    print("ValueError:", e)
