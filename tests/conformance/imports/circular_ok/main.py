# A circular import that works because attributes are looked up at call time.
import sys
print("main: importing alpha")
import alpha
print("main: alpha imported")
import beta
print(alpha.use_beta())
print(beta.use_alpha())
print(alpha.beta is beta, beta.alpha is alpha)
print(sorted(k for k in ("alpha", "beta") if k in sys.modules))
from alpha import ALPHA, use_beta
from beta import from_beta
print(ALPHA, use_beta() == alpha.use_beta(), from_beta())
def late():
    import alpha as a
    import beta as b
    return a.from_alpha(), b.from_beta()
print(late())
alpha.ALPHA = "changed"
print(beta.from_beta())
print([n for n in dir(beta) if not n.startswith("_")])
