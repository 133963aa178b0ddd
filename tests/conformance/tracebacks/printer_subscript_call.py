# check: stderr
# Anchors of subscripts and of chained calls: the brackets are marked with ^, the rest with ~.
def make_adder(n):
    def add(items):
        return items[n] + n
    return add


table = [[1, 2], [3, 4]]
print(table[1][0])
value = make_adder(1)(table[0])
print(value)
make_adder(7)(table[0:1])
