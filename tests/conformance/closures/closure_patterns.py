# Common closure-based patterns.
def make_accumulator(start):
    total = start
    def acc(v):
        nonlocal total
        total += v
        return total
    return acc

acc = make_accumulator(100)
print(acc(10), acc(10), acc(-50))

def make_stack():
    items = []
    def push(v):
        items.append(v)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size

push, pop, size = make_stack()
push(1); push(2); push(3)
print(pop(), size())
try:
    pop(); pop(); pop()
except IndexError as e:
    print(type(e).__name__, e)

def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper
hits = []
init = once(lambda: hits.append('x') or len(hits))
print(init(), init(), hits)
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
step = fib_gen()
print([step() for _ in range(10)])
def pipeline(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 3, str, lambda s: s + '!')
print(p(4))
def recursive_closure(n):
    def walk(k):
        if k == 0:
            return [0]
        return [k] + walk(k - 1)
    return walk(n)
print(recursive_closure(5))
def closure_over_self_ref():
    def f():
        return f
    return f
fn = closure_over_self_ref()
print(fn() is fn, fn.__code__.co_freevars)
class Obj:
    def method_closure(self):
        return lambda: self.value
o = Obj()
get = o.method_closure()
o.value = 'late'
print(get())
