using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins;

/// <summary>
/// <c>__doc__</c> of the most used builtin functions, CPython 3.14's text (recorded with
/// <c>builtins.X.__doc__</c>). Functions not listed have no docstring yet.
/// </summary>
internal static class BuiltinDocs
{
    private static readonly Dictionary<string, string> s_docs = new(StringComparer.Ordinal)
    {
        ["abs"] = "Return the absolute value of the argument.",
        ["callable"] = "Return whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method.",
        ["hash"] = "Return the integer hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, but\nthe reverse is not necessarily true.  Hash values may differ between\nPython processes.  Not all objects are hashable; calling hash() on an\nunhashable object raises TypeError.",
        ["id"] = "Return the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing objects.\n(CPython uses the object's memory address.)",
        ["isinstance"] = "Return whether an object is an instance of a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the\ntarget to check against.  This is equivalent to ``isinstance(x, A) or\nisinstance(x, B) or ...`` etc.",
        ["iter"] = "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the\nsentinel.",
        ["len"] = "Return the number of items in a container.",
        ["next"] = "next(iterator[, default])\n\nReturn the next item from the iterator.  If default is given and the\niterator is exhausted, it is returned instead of raising StopIteration.",
        ["print"] = "Prints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush the stream.",
        ["repr"] = "Return the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj.",
    };

    /// <summary>int.__doc__.</summary>
    public const string Int = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating-point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer\niteral.\n>>> int('0b100', base=0)\n4";

    /// <summary>Gives the listed functions of <paramref name="module"/> their docstring.</summary>
    public static void Apply(PyModule module)
    {
        foreach (var (name, doc) in s_docs)
        {
            if (module.Dict.TryGetStr(PyStr.Intern(name), out var f) && f.AsObject is PyBuiltinFunction fn)
            {
                fn.Doc = doc;
            }
        }
    }
}
