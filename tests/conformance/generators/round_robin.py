# A tiny cooperative scheduler built on generators.
class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []
        self.results = {}
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
    def run(self):
        while self.ready:
            name, gen, value = self.ready.pop(0)
            try:
                request = gen.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                self.log.append(f"{name} finished -> {e.value}")
                continue
            except Exception as e:
                self.log.append(f"{name} failed: {type(e).__name__}: {e}")
                continue
            if request == "yield":
                self.ready.append((name, gen, None))
            elif isinstance(request, tuple) and request[0] == "spawn":
                self.spawn(request[1], request[2])
                self.ready.append((name, gen, f"spawned {request[1]}"))
            else:
                self.log.append(f"{name} says {request}")
                self.ready.append((name, gen, len(self.log)))
def task(name, n):
    total = 0
    for i in range(n):
        got = yield f"{name}:{i}"
        total += got
        yield "yield"
    return total
def parent():
    reply = yield ("spawn", "child", task("child", 2))
    got = yield reply
    return got
def broken():
    yield "about to fail"
    raise KeyError("oops")
s = Scheduler()
s.spawn("t1", task("t1", 3))
s.spawn("t2", task("t2", 2))
s.spawn("p", parent())
s.spawn("b", broken())
s.run()
for line in s.log:
    print(line)
print(sorted(s.results.items()))
