# Item assignment and deletion errors on builtin sequences and mappings.
def t(thunk):
    try:
        r = thunk()
        print('ok' if r is None else r)
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

def set_tuple():
    x = (1, 2)
    x[0] = 5
t(set_tuple)
def set_str():
    s = 'abc'
    s[0] = 'z'
t(set_str)
def del_str():
    s = 'abc'
    del s[0]
t(del_str)
def extended_size():
    lst = [0, 1, 2, 3, 4]
    lst[::2] = [9, 9]
t(extended_size)
def extended_ok():
    lst = [0, 1, 2, 3, 4]
    lst[::2] = 'abc'
    return lst
t(extended_ok)
def slice_non_iterable():
    lst = [0, 1]
    lst[:] = 5
t(slice_non_iterable)
def slice_grow():
    lst = [0, 1, 2]
    lst[1:2] = range(5)
    return lst
t(slice_grow)
def index_out_of_range():
    lst = [0]
    lst[5] = 1
t(index_out_of_range)
def del_out_of_range():
    lst = [0]
    del lst[-2]
t(del_out_of_range)
def dict_missing():
    d = {}
    del d['nope']
t(dict_missing)
def bytes_assign():
    b = b'ab'
    b[0] = 1
t(bytes_assign)
def bytearray_bad():
    b = bytearray(b'ab')
    b[0] = 300
t(bytearray_bad)
def range_assign():
    r = range(3)
    r[0] = 1
t(range_assign)
class NoneSet:
    __setitem__ = None
def set_none():
    NoneSet()[0] = 1
t(set_none)
