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
