# Exceptions raised inside except and finally blocks.
def a():
    try:
        raise ValueError("v")
    except ValueError:
        return 1 / 0
try:
    a()
except ZeroDivisionError as e:
    print("a:", type(e).__name__, e, type(e.__context__).__name__)
def b():
    try:
        return "try value"
    finally:
        raise KeyError("finally wins")
try:
    b()
except KeyError as e:
    print("b:", e, e.__context__)
def c():
    try:
        raise TypeError("lost")
    finally:
        raise IndexError("replaces")
try:
    c()
except IndexError as e:
    print("c:", e, "context:", repr(e.__context__))
def d():
    try:
        raise TypeError("one")
    except TypeError:
        raise ValueError("two")
    finally:
        print("d finally")
try:
    d()
except ValueError as e:
    print("d:", e, repr(e.__context__))
def e_():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise AttributeError("attr")
    except AttributeError as err:
        return ("handled", str(err), repr(err.__context__))
print(e_())
def f():
    try:
        raise RuntimeError("r")
    except RuntimeError:
        try:
            undefined_name
        except NameError as err:
            print("inner NameError:", err)
        return "f done"
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        except ValueError as err:
            print("g caught", err)
        finally:
            print("g finally", i)
g()
