# LEGB name resolution, class scopes, builtins shadowing.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def local_shadow():
    x = "local"
    return x
print(local_shadow(), x)
def shadow_builtin():
    len = lambda s: "shadowed len"
    return len("abc")
print(shadow_builtin(), len("abc"))
import builtins
print(builtins.len is len)
class Scope:
    x = "class"
    def method(self):
        return x
    y = x + "!"
    z = [x for _ in range(1)]
print(Scope().method(), Scope.y, Scope.z)
def closure_late():
    fs = []
    for name in ["a", "b"]:
        def f():
            return name
        fs.append(f)
    name = "changed"
    return [f() for f in fs]
print(closure_late())
def free_vars():
    a = 1
    def g():
        return a + b
    b = 2
    return g()
print(free_vars())
def use_before_assign():
    def g():
        return later
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now set"
    return g()
print(use_before_assign())
def class_in_function():
    v = "function local"
    class K:
        v = "class attr"
        w = v
        def get(self):
            return v
    return K.w, K().get()
print(class_in_function())
def conditional_def(flag):
    if flag:
        def pick():
            return "first"
    else:
        def pick():
            return "second"
    return pick()
print(conditional_def(True), conditional_def(False))
print(sorted(k for k in dir() if not k.startswith("_"))[:6])
def params_are_local(x):
    x = x + "!"
    return x
print(params_are_local("arg"), x)
