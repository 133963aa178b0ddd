# for/while with else; break skips the else, exceptions skip it too.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("  found at", i)
            break
    else:
        print("  not found")
        return -1
    return i
print(find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 0))
n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("never")
print("broke at", n)
for x in []:
    print("never")
else:
    print("empty for runs else")
while False:
    pass
else:
    print("false while runs else")
def continue_last():
    for i in range(3):
        if i == 2:
            continue
    else:
        return "else after continue on last iteration"
print(continue_last())
def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print(primes(30))
try:
    for i in range(3):
        if i == 1:
            raise ValueError(i)
    else:
        print("never")
except ValueError as e:
    print("exception skipped the else:", e)
def return_in_loop():
    for i in range(5):
        if i == 2:
            return f"returned at {i}"
    else:
        return "else"
print(return_in_loop())
count = 0
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        count += 1
    else:
        count += 100
print("inner breaks never trigger inner else:", count)
