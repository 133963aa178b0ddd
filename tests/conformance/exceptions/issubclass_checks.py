# issubclass / isinstance across the hierarchy.
pairs = [
    (ZeroDivisionError, ArithmeticError), (ZeroDivisionError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (KeyError, IndexError),
    (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (BrokenPipeError, ConnectionError),
    (TimeoutError, OSError), (UnicodeDecodeError, ValueError),
    (IndentationError, SyntaxError), (TabError, IndentationError),
    (StopIteration, Exception), (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (SystemExit, BaseException), (ExceptionGroup, Exception),
    (ExceptionGroup, BaseExceptionGroup), (BaseExceptionGroup, Exception),
    (bool, Exception), (Exception, object), (StopAsyncIteration, StopIteration),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print(issubclass(KeyError, (TypeError, LookupError)))
print(issubclass(KeyError, (TypeError, ValueError)))
print(isinstance(KeyError("k"), LookupError))
print(isinstance(KeyError, LookupError))
try:
    issubclass(KeyError("x"), Exception)
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    finally:
        raise LookupError("base")
except KeyError:
    print("not here")
except LookupError as e:
    print("caught as LookupError", e)
try:
    {}["missing"]
except LookupError as e:
    print("KeyError is a LookupError:", type(e).__name__, e)
try:
    [][3]
except (KeyError, IndexError) as e:
    print("tuple clause:", type(e).__name__, e)
