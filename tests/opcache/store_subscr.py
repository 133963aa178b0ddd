# STORE_SUBSCR: a list with an int index, a dict.
from support.forms import forms, warm


def put(c, k, v):
    c[k] = v


def put_list(c, k, v):
    c[k] = v


warm(put_list, [0, 0], 1, "x")
print("list:", forms(put_list, "STORE_SUBSCR"))
warm(put, {}, "k", 1)
print("dict:", forms(put, "STORE_SUBSCR"))
