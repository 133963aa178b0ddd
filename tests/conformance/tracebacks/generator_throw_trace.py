# check: stderr
# An exception thrown into a generator and not handled there shows the yield line.
def consumer():
    total = 0
    while True:
        try:
            value = yield total
        except KeyError:
            print("consumer ignores KeyError")
            continue
        total += value
c = consumer()
next(c)
print(c.send(5), c.send(7))
print(c.throw(KeyError("k")))
try:
    c.send("x")
except TypeError as e:
    print("caught:", e)
c = consumer()
next(c)
c.send(1)
print("throwing ValueError")
c.throw(ValueError("not handled by the generator"))
