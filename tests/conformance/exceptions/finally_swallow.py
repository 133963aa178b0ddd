# return/break/continue in finally discard the pending exception (PEP 765 only warns).
def ret():
    try:
        raise ValueError("lost")
    finally:
        return "finally value"
print(ret())
def brk():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "after break", i
print(brk())
def cont():
    seen = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            seen.append(i)
            continue
    return seen
print(cont())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            return "inner finally"
    except TypeError:
        return "never"
print(nested())
def with_except():
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
    finally:
        return "swallowed both"
print(with_except())
def exc_info_after():
    import sys
    try:
        raise ValueError("z")
    finally:
        return sys.exc_info()[0]
print(exc_info_after())
