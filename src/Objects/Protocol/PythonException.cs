namespace ProtoPython.Objects;

/// <summary>
/// A Python exception carried as a .NET exception, only on cold paths deep in C# code (module
/// initialization, I/O setup: ARCHITECTURE §4). Call boundaries turn it back into the pending state.
/// </summary>
public sealed class PythonException : Exception
{
    public PythonException(PyBaseException exception)
        : base(exception.ToString())
    {
        Exception = exception;
    }

    public PythonException()
        : this(PyBaseException.Create(PyExc.SystemError, "unknown error"))
    {
    }

    public PythonException(string message)
        : this(PyBaseException.Create(PyExc.SystemError, message))
    {
    }

    public PythonException(string message, Exception innerException)
        : base(message, innerException)
    {
        Exception = PyBaseException.Create(PyExc.SystemError, message);
    }

    public PyBaseException Exception { get; }
}
