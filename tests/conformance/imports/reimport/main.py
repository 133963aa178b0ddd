# sys.modules caches modules; deleting the entry makes the next import run the body again.
import sys
import noisy
import noisy
noisy.state.append("first")
first = noisy
print("cached:", sys.modules["noisy"] is first, first.state)
del sys.modules["noisy"]
import noisy
print("new module object:", noisy is not first, noisy.state, first.state, noisy.loads)
sys.modules["noisy"] = first
import noisy
print("restored entry used:", noisy is first)
class Fake:
    answer = 42
    def __repr__(self):
        return "<Fake stand-in>"
sys.modules["not_really_a_module"] = Fake()
import not_really_a_module
print(not_really_a_module, not_really_a_module.answer)
from not_really_a_module import answer
print(answer)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["blocked"]
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(sys.modules["sys"] is sys, "math" in sys.modules or True)
