namespace ProtoPython.Objects;

/// <summary>
/// An object with an instance <c>__dict__</c> kept as a plain dict (modules, functions, exceptions,
/// instances of subclasses of builtins). Plain user objects use <see cref="PyInstance"/>'s shapes.
/// </summary>
public interface IHasDict
{
    /// <summary>The dict, created on first use when <paramref name="create"/> is set.</summary>
    PyDict? GetDict(bool create);

    /// <summary>Replaces the dict (<c>obj.__dict__ = d</c>).</summary>
    void SetDict(PyDict dict);
}
