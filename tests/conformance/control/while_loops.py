# while loops with complex conditions, counters and sentinel values.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
a, b = 0, 1
fib = []
while len(fib) < 10 and b < 1000:
    fib.append(a)
    a, b = b, a + b
print(fib)
stack = [1, [2, [3, 4]], 5]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
    else:
        flat.append(top)
print(flat)
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i > 7:
        break
    print(i, end=" ")
print()
queue = ["a"]
seen = []
while queue:
    node = queue.pop(0)
    seen.append(node)
    if len(node) < 3:
        queue.extend([node + "0", node + "1"])
print(seen)
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
x = 100
while (x := x - 30) > 0:
    print("x now", x)
lines = iter(["one", "two", "STOP", "three"])
collected = []
while (line := next(lines)) != "STOP":
    collected.append(line)
print(collected, list(lines))
digits = []
num = 9075
while True:
    num, r = divmod(num, 10)
    digits.append(r)
    if not num:
        break
print(digits[::-1])
