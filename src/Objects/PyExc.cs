namespace ProtoPython.Objects;

/// <summary>
/// The builtin exception types (CPython's <c>PyExc_*</c>), with CPython 3.14's hierarchy. Fields are
/// initialized in textual order, bases before subclasses. Types whose instances carry fields
/// (<see cref="PyBaseException"/> subclasses) have their own layout, as in CPython, so
/// <c>class X(OSError, SyntaxError)</c> is a lay-out conflict.
/// </summary>
public static class PyExc
{
    public static readonly PyType BaseException = PyType.CreateBuiltin("BaseException", PyType.Object, TypeFlags.BaseType | TypeFlags.BaseExceptionSubclass | TypeFlags.OwnLayout);

    // CPython's initialization order (exceptions.c): bases first, and __subclasses__() lists in this order.
    public static readonly PyType BaseExceptionGroup = Own("BaseExceptionGroup", BaseException);
    public static readonly PyType Exception = Sub("Exception", BaseException);
    public static readonly PyType GeneratorExit = Sub("GeneratorExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Sub("KeyboardInterrupt", BaseException);
    public static readonly PyType SystemExit = Own("SystemExit", BaseException);
    public static readonly PyType ArithmeticError = Sub("ArithmeticError", Exception);
    public static readonly PyType AssertionError = Sub("AssertionError", Exception);
    public static readonly PyType AttributeError = Own("AttributeError", Exception);
    public static readonly PyType BufferError = Sub("BufferError", Exception);
    public static readonly PyType EOFError = Sub("EOFError", Exception);
    public static readonly PyType ImportError = Own("ImportError", Exception);
    public static readonly PyType LookupError = Sub("LookupError", Exception);
    public static readonly PyType MemoryError = Sub("MemoryError", Exception);
    public static readonly PyType NameError = Own("NameError", Exception);
    public static readonly PyType OSError = Own("OSError", Exception);
    public static readonly PyType ReferenceError = Sub("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Sub("RuntimeError", Exception);
    public static readonly PyType StopAsyncIteration = Sub("StopAsyncIteration", Exception);
    public static readonly PyType StopIteration = Own("StopIteration", Exception);
    public static readonly PyType SyntaxError = Own("SyntaxError", Exception);
    public static readonly PyType SystemError = Sub("SystemError", Exception);
    public static readonly PyType TypeError = Sub("TypeError", Exception);
    public static readonly PyType ValueError = Sub("ValueError", Exception);
    public static readonly PyType Warning = Sub("Warning", Exception);
    public static readonly PyType FloatingPointError = Sub("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Sub("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Sub("ZeroDivisionError", ArithmeticError);
    public static readonly PyType BytesWarning = Sub("BytesWarning", Warning);
    public static readonly PyType DeprecationWarning = Sub("DeprecationWarning", Warning);
    public static readonly PyType EncodingWarning = Sub("EncodingWarning", Warning);
    public static readonly PyType FutureWarning = Sub("FutureWarning", Warning);
    public static readonly PyType ImportWarning = Sub("ImportWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Sub("PendingDeprecationWarning", Warning);
    public static readonly PyType ResourceWarning = Sub("ResourceWarning", Warning);
    public static readonly PyType RuntimeWarning = Sub("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = Sub("SyntaxWarning", Warning);
    public static readonly PyType UnicodeWarning = Sub("UnicodeWarning", Warning);
    public static readonly PyType UserWarning = Sub("UserWarning", Warning);
    public static readonly PyType BlockingIOError = Sub("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = Sub("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = Sub("ConnectionError", OSError);
    public static readonly PyType FileExistsError = Sub("FileExistsError", OSError);
    public static readonly PyType FileNotFoundError = Sub("FileNotFoundError", OSError);
    public static readonly PyType InterruptedError = Sub("InterruptedError", OSError);
    public static readonly PyType IsADirectoryError = Sub("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = Sub("NotADirectoryError", OSError);
    public static readonly PyType PermissionError = Sub("PermissionError", OSError);
    public static readonly PyType ProcessLookupError = Sub("ProcessLookupError", OSError);
    public static readonly PyType TimeoutError = Sub("TimeoutError", OSError);
    public static readonly PyType IndentationError = Sub("IndentationError", SyntaxError);
    public static readonly PyType IncompleteInputError = Sub("_IncompleteInputError", SyntaxError);
    public static readonly PyType IndexError = Sub("IndexError", LookupError);
    public static readonly PyType KeyError = Sub("KeyError", LookupError);
    public static readonly PyType ModuleNotFoundError = Sub("ModuleNotFoundError", ImportError);
    public static readonly PyType NotImplementedError = Sub("NotImplementedError", RuntimeError);
    public static readonly PyType PythonFinalizationError = Sub("PythonFinalizationError", RuntimeError);
    public static readonly PyType RecursionError = Sub("RecursionError", RuntimeError);
    public static readonly PyType UnboundLocalError = Sub("UnboundLocalError", NameError);
    public static readonly PyType UnicodeError = Sub("UnicodeError", ValueError);
    public static readonly PyType BrokenPipeError = Sub("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = Sub("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = Sub("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = Sub("ConnectionResetError", ConnectionError);
    public static readonly PyType TabError = Sub("TabError", IndentationError);
    public static readonly PyType UnicodeDecodeError = Own("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = Own("UnicodeEncodeError", UnicodeError);
    public static readonly PyType UnicodeTranslateError = Own("UnicodeTranslateError", UnicodeError);

    /// <summary>ExceptionGroup(BaseExceptionGroup, Exception): the one builtin exception with two bases.</summary>
    public static readonly PyType ExceptionGroup = PyType.CreateBuiltinMulti("ExceptionGroup", [BaseExceptionGroup, Exception]);

    /// <summary>The aliases of OSError (the same type object under other builtins names).</summary>
    public static PyType EnvironmentError => OSError;

    /// <inheritdoc cref="EnvironmentError"/>
    public static PyType IOError => OSError;

    private static PyType Sub(string name, PyType baseType) => PyType.CreateBuiltin(name, baseType, TypeFlags.BaseType);

    private static PyType Own(string name, PyType baseType) => PyType.CreateBuiltin(name, baseType, TypeFlags.BaseType | TypeFlags.OwnLayout);
}
