print("tools.numbers loaded")
def double(n):
    return n * 2
