# check: stderr
# A chain of three exceptions mixing context and cause.
def level3():
    raise KeyError("bottom")
def level2():
    try:
        level3()
    except KeyError:
        raise ValueError("middle")
def level1():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("top") from e
print("start")
try:
    level1()
except RuntimeError as e:
    chain = [type(e).__name__]
    cur = e.__cause__ or e.__context__
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__cause__ or cur.__context__
    print(chain)
level1()
