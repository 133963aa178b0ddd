using ProtoPython.Objects;

namespace ProtoPython.Runtime.Import;

/// <summary>A module written in C#: the import system creates it on first import (one small interface, issue 3).</summary>
public interface INativeModule
{
    /// <summary>The full dotted name (<c>math</c>, <c>_io</c>).</summary>
    string Name { get; }

    /// <summary>Builds the module object; null with a pending exception on failure.</summary>
    PyModule? Create(ThreadState ts, PythonRuntime runtime);
}
