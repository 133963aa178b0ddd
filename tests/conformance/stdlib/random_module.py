# random / _random: CPython's Mersenne Twister sequences for int, float, str and bytes seeds.
import random


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(5)], random.choice("abcdefgh"), random.randrange(0, 100, 7))
items = list(range(12))
random.shuffle(items)
print(items)
print(random.sample(range(1000), 6), random.choices("abc", weights=[1, 2, 7], k=8))
print(random.gauss(0, 1), random.normalvariate(5, 2), random.uniform(-1, 1), random.triangular(0, 10, 3))
print(random.expovariate(2), random.betavariate(2, 3), random.gammavariate(2, 1), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2), random.binomialvariate(20, 0.3))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(200))
print(random.randbytes(9))
for seed in [0, 1, -7, 2**32, 2**100 + 12345, 3.25, "hello", b"bytes", bytearray(b"ba"), True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(16))
random.seed(1, version=1)
print("version 1", random.random())
random.seed("abc", version=1)
print("version 1 str", random.random())
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], len(state[1]), state[0])
r = random.Random(12345)
print(r.random(), r.randint(0, 10**30), r.choice([1, 2, 3]))
r2 = random.Random()
r2.setstate(r.getstate())
print(r.random() == r2.random())


class MyRandom(random.Random):
    def random(self):
        return 0.5


print(MyRandom(1).randrange(10), MyRandom().choice("abc"))
show("getrandbits negative", lambda: random.getrandbits(-1))
show("getrandbits float", lambda: random.getrandbits(1.5))
show("setstate type", lambda: random.setstate(5))
show("setstate size", lambda: random.Random().setstate((3, (1, 2), None)))
show("inner setstate", lambda: random.Random().setstate((3, tuple([0] * 624 + [625]), None)))
show("seed list", lambda: random.seed([1, 2]))
show("randrange empty", lambda: random.randrange(5, 5))
show("sample too big", lambda: random.sample([1, 2], 3))
show("choice empty", lambda: random.choice([]))
