# Nested try statements: which handler catches, and in what order things run.
log = []
def step(msg):
    log.append(msg)
def run(kind):
    log.clear()
    try:
        step("outer try")
        try:
            step("inner try")
            if kind == "value":
                raise ValueError("v")
            if kind == "key":
                raise KeyError("k")
            if kind == "type":
                raise TypeError("t")
            step("inner no error")
        except ValueError as e:
            step("inner except ValueError " + str(e))
        except KeyError as e:
            step("inner except KeyError")
            raise IndexError("converted") from e
        else:
            step("inner else")
        finally:
            step("inner finally")
        step("after inner")
    except IndexError as e:
        step("outer except IndexError " + str(e))
    except Exception as e:
        step("outer except " + type(e).__name__)
    else:
        step("outer else")
    finally:
        step("outer finally")
    return list(log)
for kind in ["none", "value", "key", "type"]:
    print(kind, run(kind))
def deep(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return deep(n - 1)
    finally:
        print("unwind", n)
try:
    deep(3)
except LookupError as e:
    print("caught", e)
try:
    try:
        raise ValueError(1)
    except TypeError:
        print("wrong")
except ValueError as e:
    print("outer caught ValueError", e.args)
