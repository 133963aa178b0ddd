namespace ProtoPython.Objects;

/// <summary>
/// The builtin exception types (CPython's <c>PyExc_*</c>), with CPython's hierarchy. Fields are
/// initialized in textual order, bases before subclasses.
/// </summary>
public static class PyExc
{
    public static readonly PyType BaseException = PyType.CreateBuiltin("BaseException", PyType.Object, TypeFlags.BaseType | TypeFlags.BaseExceptionSubclass | TypeFlags.OwnLayout);
    public static readonly PyType Exception = Sub("Exception", BaseException);
    public static readonly PyType ArithmeticError = Sub("ArithmeticError", Exception);
    public static readonly PyType OverflowError = Sub("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Sub("ZeroDivisionError", ArithmeticError);
    public static readonly PyType LookupError = Sub("LookupError", Exception);
    public static readonly PyType IndexError = Sub("IndexError", LookupError);
    public static readonly PyType KeyError = Sub("KeyError", LookupError);
    public static readonly PyType RuntimeError = Sub("RuntimeError", Exception);
    public static readonly PyType RecursionError = Sub("RecursionError", RuntimeError);
    public static readonly PyType NotImplementedError = Sub("NotImplementedError", RuntimeError);
    public static readonly PyType TypeError = Sub("TypeError", Exception);
    public static readonly PyType ValueError = Sub("ValueError", Exception);
    public static readonly PyType AttributeError = PyType.CreateBuiltin("AttributeError", Exception, TypeFlags.BaseType | TypeFlags.OwnLayout);
    public static readonly PyType MemoryError = Sub("MemoryError", Exception);
    public static readonly PyType SystemError = Sub("SystemError", Exception);
    public static readonly PyType StopIteration = PyType.CreateBuiltin("StopIteration", Exception, TypeFlags.BaseType | TypeFlags.OwnLayout);

    public static readonly PyType NameError = Sub("NameError", Exception);
    public static readonly PyType UnboundLocalError = Sub("UnboundLocalError", NameError);
    public static readonly PyType ImportError = Sub("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = Sub("ModuleNotFoundError", ImportError);
    public static readonly PyType AssertionError = Sub("AssertionError", Exception);
    public static readonly PyType StopAsyncIteration = Sub("StopAsyncIteration", Exception);
    public static readonly PyType KeyboardInterrupt = Sub("KeyboardInterrupt", BaseException);
    public static readonly PyType SystemExit = Sub("SystemExit", BaseException);
    public static readonly PyType GeneratorExit = Sub("GeneratorExit", BaseException);
    public static readonly PyType SyntaxError = Sub("SyntaxError", Exception);
    public static readonly PyType EOFError = Sub("EOFError", Exception);
    public static readonly PyType OSError = Sub("OSError", Exception);
    public static readonly PyType BaseExceptionGroup = Sub("BaseExceptionGroup", BaseException);
    public static readonly PyType ExceptionGroup = PyType.CreateBuiltinMulti("ExceptionGroup", [BaseExceptionGroup, Exception]);

    private static PyType Sub(string name, PyType baseType) => PyType.CreateBuiltin(name, baseType, TypeFlags.BaseType);
}
