# check: stderr
# PEP 657 anchors for a binary operator inside a larger expression spread over several lines.
def scale(values):
    return values


def ratio(a, b):
    total = (a +
             1) * 2 / (b
                       * 0)
    return total


x = 3
print("start", x)
ratio(x, 2)
