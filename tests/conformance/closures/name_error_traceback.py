# check: stderr
# An uncaught NameError: CPython adds a "Did you mean" suggestion to the traceback,
# while str(e) never contains it.
def compute():
    counter_value = 10
    return counter_valu + 1

def t(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, '|', e, '|', e.name)

t(compute)
t(lambda: pritn('x'))
t(lambda: Tru)
t(lambda: undefined_name_without_any_match)

def nested():
    value_x = 1
    def inner():
        return value_y
    return inner()
t(nested)

def level1():
    return level2()
def level2():
    return compute()

level1()
