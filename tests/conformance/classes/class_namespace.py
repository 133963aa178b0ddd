# The class body is a namespace: locals(), del, loops, conditionals and nested scopes.
class Settings:
    debug = False
    level = 3
    if level > 2:
        verbose = True
    else:
        quiet = True
    names = [f'opt{i}' for i in range(3)]
    for i in range(2):
        locals()[f'dyn{i}'] = i * 10
    del i
    snapshot = sorted(k for k in locals() if not k.startswith('__'))
    try:
        missing_ref = undefined_thing
    except NameError as exc:
        error = str(exc)
        del exc

print(Settings.snapshot)
print(Settings.verbose, hasattr(Settings, 'quiet'), Settings.names)
print(getattr(Settings, 'dyn0', 'no dyn0'), getattr(Settings, 'dyn1', 'no dyn1'))
print(Settings.error, hasattr(Settings, 'exc'), hasattr(Settings, 'i'))

class Counter:
    count = 0
    count += 1
    count = count * 10
print(Counter.count)

class WithImportAndDef:
    import math as _m
    pi2 = round(_m.pi * 2, 4)
    def helper(x):
        return x + 1
    value = helper(1)
print(WithImportAndDef.pi2, WithImportAndDef.value, type(WithImportAndDef._m).__name__)

class ModuleName:
    here = __name__
    mod = __module__
    qn = __qualname__
print(ModuleName.here, ModuleName.mod, ModuleName.qn)

def build():
    class Inside:
        qn = __qualname__
    return Inside.qn
print(build())

class ReturnValue:
    result = [n for n in range(5) if n % 2]
    total = sum(result)
    lam = (lambda: 'lambda in class body')()
print(ReturnValue.result, ReturnValue.total, ReturnValue.lam)

class Walrus:
    data = [y := 5, y ** 2]
print(Walrus.data, Walrus.y if hasattr(Walrus, 'y') else 'y not in class')
