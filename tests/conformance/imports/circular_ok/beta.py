print("beta: start")
import alpha
print("beta: alpha is partially initialised; has ALPHA?", hasattr(alpha, "ALPHA"))
def from_beta():
    return "from beta, seeing " + alpha.ALPHA
def use_alpha():
    return "beta calls " + alpha.from_alpha()
print("beta: end")
