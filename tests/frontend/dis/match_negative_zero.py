# Negative zeros in match-pattern literals and 3.14's mixed real/complex folding.
def f(x):
    match x:
        case -0j:
            return 1
        case 0 - 0j:
            return 2
        case -0.0 + 0j:
            return 3
        case -0.0 - 0j:
            return 4
        case -1 - 0j:
            return 5


a = 0 - 0j
b = 2 * -0j
c = 0j * -1.0
d = 1 / (1 + 0j)
e = -0.0 / (1 - 0j)
g = (1 - 0j) / -1.0
h = 0j + -0.0
