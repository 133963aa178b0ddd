# bytearray mutation: item/slice assignment, del, append/extend/insert/pop/remove/clear/reverse, +=, *=.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba[-1] = ord("!")
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b"abcdef"
print(ba, len(ba))
ba[2:8] = b""
print(ba)
ba[::2] = b"XY"
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba.append(33)
ba.extend(b"abc")
ba.extend([1, 2])
ba.extend(bytearray(b"z"))
ba.insert(0, 48)
ba.insert(-1, 49)
ba.insert(100, 50)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("a"))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(c))
x = bytearray(b"ab")
x += b"cd"
x *= 2
print(x)
y = x
y += b"!"
print(x is y, x)
show("set 256", lambda: x.__setitem__(0, 256))
show("set str", lambda: x.__setitem__(0, "a"))
show("set slice int", lambda: x.__setitem__(slice(0, 1), 5))
show("set extended mismatch", lambda: x.__setitem__(slice(None, None, 2), b"a"))
show("append bad", lambda: x.append(-1))
show("extend str", lambda: x.extend("abc"))
show("extend bad ints", lambda: x.extend([1, 300]))
show("remove missing", lambda: x.remove(200))
show("pop empty", lambda: bytearray().pop())
show("pop range", lambda: bytearray(b"a").pop(5))
show("index bytes", lambda: bytearray(b"abc").index(b"c"))
show("bytearray(str)", lambda: bytearray("x"))
show("bytearray(str, enc)", lambda: bytearray("é", "utf-8"))
show("hash bytearray", lambda: hash(bytearray()))
show("upper returns new", lambda: type(bytearray(b"a").upper()).__name__)
z = bytearray(b"abcdef")
z[1:5:2] = [120, 121]
z[-1:] = bytearray(b"ZZ")
z[len(z):] = b"end"
z[:0] = b"<"
print(z)
