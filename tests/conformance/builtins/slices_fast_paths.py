l=list(range(10)); t=tuple(l)
print(l[2:5], l[-3:], l[:-8], l[5:2], l[-100:100], l[None:3], t[1:3], t[:], t[8:2], t[-2:])
l[2:4]=[9,9,9]; print(l)
l[:]=l; print(l)
l[-1:]=(x for x in 'ab'); print(l)
try: l[1:2]=5
except TypeError as e: print(e)
print(l[True:3], l[1:2**70])
s={x%3 for x in range(10)}; print(s, {1,*[2,3]}, {*()})
try: {*1}
except TypeError as e: print(e)
try: {[1]}
except TypeError as e: print(e)
print(slice(1,2), l[::2], "abc"[1:], b"abc"[:2])
class S(list): pass
ss=S([1,2,3]); print(ss[1:], type(ss[1:]))
