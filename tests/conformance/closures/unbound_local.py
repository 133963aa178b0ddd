# UnboundLocalError and NameError messages.
def t(fn):
    try:
        print(fn())
    except NameError as e:
        print(type(e).__name__, '|', e)

x = 1
def assign_after_read():
    print(x)
    x = 2
t(assign_after_read)

def augmented():
    x += 1
t(augmented)

def deleted():
    y = 1
    del y
    return y
t(deleted)

def del_unbound():
    del z
    z = 1
t(del_unbound)

def undefined():
    return undefined_variable_name
t(undefined)

def typo():
    counter = 1
    return countr
t(typo)

def global_typo():
    return lenn([1])
t(global_typo)
def builtins_typo():
    return prnt
t(builtins_typo)
def outer():
    def inner():
        return v
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ' | ' + str(e)
    v = 1
print(outer())
def cell_deleted():
    c = 1
    def inner():
        return c
    del c
    return inner()
t(cell_deleted)
def conditional(flag):
    if flag:
        value = 'set'
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, '|', e, '|', isinstance(e, NameError))
def exc_var():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
t(exc_var)
print(issubclass(UnboundLocalError, NameError))
try:
    del undefined_global_name
except NameError as e:
    print(type(e).__name__, '|', e, '|', e.name)
