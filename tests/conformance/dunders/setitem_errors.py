# Item assignment/deletion on objects without the hooks, and slice assignment rules.
def t(thunk):
    try:
        r = thunk()
        print('ok' if r is None else r)
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

class GetOnly:
    def __getitem__(self, k):
        return k
g = GetOnly()
def setg():
    g[0] = 1
def delg():
    del g[0]
t(setg)
t(delg)
class Nothing:
    pass
n = Nothing()
def getn():
    return n[0]
def setn():
    n[0] = 1
def deln():
    del n[0]
t(getn)
t(setn)
t(deln)
