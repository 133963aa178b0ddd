# A BINARY_OP that cannot specialize (str % int): --jit-stats names the reason.
def f(fmt, n):
    return fmt % n


for i in range(100):
    s = f("%d", i)
print(s)
