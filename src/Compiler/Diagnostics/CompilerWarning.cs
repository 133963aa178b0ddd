namespace ProtoPython.Compiler.Diagnostics;

/// <summary>A warning the front end emits (SyntaxWarning, DeprecationWarning), with its location.</summary>
/// <param name="Category">The Python warning class name, e.g. <c>SyntaxWarning</c>.</param>
public sealed record CompilerWarning(string Category, string Message, string Filename, int Lineno, int Offset);

/// <summary>
/// Where front-end warnings go. The runtime routes them through <c>warnings.warn_explicit</c>;
/// tests collect them. If the runtime turns a warning into an error, <see cref="Warn"/> throws
/// a <see cref="PythonSyntaxError"/> (CPython re-raises it as SyntaxError).
/// </summary>
public interface IWarningSink
{
    void Warn(CompilerWarning warning);
}

/// <summary>A sink that keeps warnings in a list.</summary>
public sealed class WarningList : IWarningSink
{
    public List<CompilerWarning> Items { get; } = [];

    public void Warn(CompilerWarning warning) => Items.Add(warning);
}
