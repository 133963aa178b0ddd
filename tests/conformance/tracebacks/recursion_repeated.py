# check: stderr
# Repeated identical frames are collapsed: "[Previous line repeated N more times]".
def countdown(n):
    if n == 0:
        raise ValueError("reached the bottom")
    return countdown(n - 1)
def ping(n):
    if n == 0:
        return {}["pong"]
    return pong(n - 1)
def pong(n):
    return ping(n)
for n in range(3):
    try:
        countdown(n)
    except ValueError as e:
        print(n, e)
try:
    ping(6)
except KeyError as e:
    print("ping:", repr(e))
print("now uncaught")
countdown(12)
