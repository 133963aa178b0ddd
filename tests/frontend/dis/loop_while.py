def countdown(n):
    while n > 0:
        n -= 1
    return n

def drain(stack):
    while stack:
        stack.pop()
