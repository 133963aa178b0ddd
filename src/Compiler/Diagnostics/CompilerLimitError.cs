namespace ProtoPython.Compiler.Diagnostics;

/// <summary>
/// Input too deep or too complex for the front end. CPython reports these as MemoryError
/// ("Parser stack overflowed - Python source too complex to parse") or RecursionError
/// ("... during compilation"), not SyntaxError; the runtime maps this exception to
/// <see cref="PythonTypeName"/>. Thrown instead of ever letting the .NET stack overflow.
/// </summary>
public sealed class CompilerLimitError : Exception
{
    public CompilerLimitError(string pythonTypeName, string message)
        : base(message)
    {
        PythonTypeName = pythonTypeName;
    }

    /// <summary><c>MemoryError</c> or <c>RecursionError</c>.</summary>
    public string PythonTypeName { get; }

    public static CompilerLimitError ParserTooComplex() =>
        new("MemoryError", "Parser stack overflowed - Python source too complex to parse");

    public static CompilerLimitError CompilationTooDeep() =>
        new("RecursionError", "maximum recursion depth exceeded during compilation");
}
