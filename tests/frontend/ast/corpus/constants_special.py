None
True
False
...
Ellipsis
__debug__
NotImplemented
x = None if True else False
x[...]
def f(): ...
class C: ...
(None, True, False, ...)
[..., ...]
x = -...if False else 0
