# Order of try/except/else/finally clauses and handler selection.
def run(x):
    out = []
    try:
        out.append("try")
        r = 10 // x
        out.append("result %d" % r)
    except ZeroDivisionError:
        out.append("zero")
    except TypeError as e:
        out.append("type: " + str(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
for x in [2, 0, "s"]:
    print(x, run(x))
def first_match(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError clause"
    except KeyError:
        return "KeyError clause (never first)"
    except (ValueError, TypeError) as e:
        return "tuple clause " + type(e).__name__
    except Exception:
        return "Exception clause"
for exc in [KeyError(), IndexError(), ValueError(), TypeError(), OSError(), UnicodeError()]:
    print(type(exc).__name__, first_match(exc))
def dynamic(types):
    try:
        raise KeyError("dyn")
    except types as e:
        return "matched " + repr(types if not isinstance(types, tuple) else tuple(t.__name__ for t in types))
    except Exception:
        return "fallback"
print(dynamic(KeyError))
print(dynamic((ValueError, KeyError)))
print(dynamic(()))
print(dynamic((ValueError, (TypeError, KeyError))) if False else "nested tuple skipped")
def else_raises():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("else raised:", e)
def else_not_protected():
    try:
        try:
            x = 1
        except ZeroDivisionError:
            return "inner except"
        else:
            return x / 0
    except ZeroDivisionError:
        return "outer catches else error"
print(else_not_protected())
