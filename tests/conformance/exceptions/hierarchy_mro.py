# The MRO of many built-in exception types.
types = [
    BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
    FloatingPointError, AssertionError, AttributeError, BufferError, EOFError,
    ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError,
    MemoryError, NameError, UnboundLocalError, OSError, FileNotFoundError,
    FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError,
    InterruptedError, BlockingIOError, ChildProcessError, ConnectionError,
    BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
    ConnectionResetError, ProcessLookupError, TimeoutError, ReferenceError,
    RuntimeError, NotImplementedError, RecursionError, PythonFinalizationError,
    StopIteration, StopAsyncIteration, SyntaxError, IndentationError, TabError,
    SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
    UnicodeEncodeError, UnicodeTranslateError, GeneratorExit, KeyboardInterrupt,
    SystemExit, ExceptionGroup, BaseExceptionGroup,
]
for t in types:
    print(t.__name__, [c.__name__ for c in t.__mro__])
print([c.__name__ for c in ArithmeticError.__subclasses__()])
print(sorted(c.__name__ for c in ConnectionError.__subclasses__()))
print(BaseExceptionGroup.__bases__[0].__name__, ExceptionGroup.__bases__)
print(StopIteration.__module__, KeyError.__module__, KeyError.__qualname__)
