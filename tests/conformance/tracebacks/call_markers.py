# check: stderr
# A failing call inside an argument list; methods, a lambda and a nested call.
class Parser:
    def __init__(self, text):
        self.text = text
    def number(self, index):
        return int(self.text.split(",")[index])
    def total(self, indices):
        return sum(map(lambda i: self.number(i), indices))
p = Parser("1,2,x,4")
print(p.total([0, 1]))
print(p.total([0, 1, 3]))
def apply(f, *args):
    return f(*args)
print(apply(len, "abc"), apply(max, 3, 9, 4))
for f, args in [(int, ("7",)), (int, ("z",)), (len, (5,))]:
    try:
        print(apply(f, *args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max(p.total([0]), p.total([1, 2])))
