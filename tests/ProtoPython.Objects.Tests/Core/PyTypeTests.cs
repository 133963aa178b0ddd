using System.Text.Json;

namespace ProtoPython.Objects.Tests.Core;

/// <summary>MROs and errors checked against tools/objects/record_types.py (CPython 3.14), plus version tags.</summary>
public sealed class PyTypeTests
{
    private static readonly Dictionary<string, PyType> s_builtins = new()
    {
        ["object"] = PyType.Object, ["type"] = PyType.TypeType, ["int"] = PyType.Int, ["bool"] = PyType.Bool,
        ["float"] = PyType.Float, ["str"] = PyType.Str, ["tuple"] = PyType.Tuple, ["list"] = PyType.List,
        ["dict"] = PyType.Dict, ["NoneType"] = PyType.NoneType, ["NotImplementedType"] = PyType.NotImplementedType,
        ["ellipsis"] = PyType.Ellipsis, ["BaseException"] = PyExc.BaseException, ["Exception"] = PyExc.Exception,
        ["ArithmeticError"] = PyExc.ArithmeticError, ["OverflowError"] = PyExc.OverflowError,
        ["ZeroDivisionError"] = PyExc.ZeroDivisionError, ["LookupError"] = PyExc.LookupError,
        ["IndexError"] = PyExc.IndexError, ["KeyError"] = PyExc.KeyError, ["RuntimeError"] = PyExc.RuntimeError,
        ["RecursionError"] = PyExc.RecursionError, ["NotImplementedError"] = PyExc.NotImplementedError,
        ["TypeError"] = PyExc.TypeError, ["ValueError"] = PyExc.ValueError, ["AttributeError"] = PyExc.AttributeError,
        ["MemoryError"] = PyExc.MemoryError, ["SystemError"] = PyExc.SystemError, ["StopIteration"] = PyExc.StopIteration,
    };

    private static JsonElement Goldens()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "Core", "goldens", "types.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    }

    private static string[] Names(PyType[] mro) => [.. mro.Select(t => t.Name)];

    [Fact]
    public void BuiltinMros_MatchCPython()
    {
        var builtins = Goldens().GetProperty("builtins");
        Assert.Equal(s_builtins.Count, builtins.EnumerateObject().Count());
        foreach (var entry in builtins.EnumerateObject())
        {
            var expected = entry.Value.EnumerateArray().Select(e => e.GetString()!).ToArray();
            Assert.Equal(expected, Names(s_builtins[entry.Name].Mro));
        }
    }

    [Fact]
    public void ClassStatements_GiveCPythonsMroOrError()
    {
        var env = new Dictionary<string, PyType>(s_builtins);
        var ts = new ThreadState();
        foreach (var cls in Goldens().GetProperty("classes").EnumerateArray())
        {
            var name = cls.GetProperty("name").GetString()!;
            var bases = cls.GetProperty("bases").EnumerateArray().Select(b => env[b.GetString()!]).ToArray();
            var type = PyType.Create(ts, name, "__main__", bases);
            if (cls.TryGetProperty("error", out var error))
            {
                Assert.Null(type);
                var e = ts.FetchError();
                Assert.NotNull(e);
                Assert.Equal(error[0].GetString(), e.Type.Name);
                Assert.Equal(error[1].GetString(), e.Message);
            }
            else
            {
                Assert.NotNull(type);
                Assert.False(ts.HasError);
                var expected = cls.GetProperty("mro").EnumerateArray().Select(e => e.GetString()!).ToArray();
                Assert.Equal(expected, Names(type.Mro));
                env[name] = type;
            }
        }
    }

    [Fact]
    public void BuiltinTypes_AreTypesOfTypeType()
    {
        Assert.Same(PyType.TypeType, PyType.Object.Type);
        Assert.Same(PyType.TypeType, PyType.TypeType.Type);
        Assert.Same(PyType.TypeType, PyType.Int.Type);
        Assert.Same(PyType.TypeType, PyExc.KeyError.Type);
        Assert.Equal("<class 'int'>", PyType.Int.ToString());
        Assert.True(PyType.Bool.HasFlag(TypeFlags.LongSubclass));
        Assert.False(PyType.Bool.HasFlag(TypeFlags.BaseType));
        Assert.True(PyExc.RecursionError.HasFlag(TypeFlags.BaseExceptionSubclass));
    }

    [Fact]
    public void Lookup_WalksTheMro()
    {
        var ts = new ThreadState();
        var a = PyType.Create(ts, "A", "__main__", [])!;
        var b = PyType.Create(ts, "B", "__main__", [a])!;
        a.SetDictEntry("x", PyValue.FromInt64(1));
        Assert.True(b.TryLookup("x", out var v));
        Assert.Equal(1, v.AsInt64);
        Assert.False(b.TryGetOwn("x", out _));
        b.SetDictEntry("x", PyValue.FromInt64(2));
        Assert.True(b.TryLookup("x", out v));
        Assert.Equal(2, v.AsInt64);
        Assert.True(b.RemoveDictEntry("x"));
        Assert.False(b.RemoveDictEntry("x"));
        Assert.Equal("__main__.B", b.FullName);
    }

    [Fact]
    public void Versions_AreAssignedLazilyAndResetWithSubclasses()
    {
        var ts = new ThreadState();
        var a = PyType.Create(ts, "A", "__main__", [])!;
        var b = PyType.Create(ts, "B", "__main__", [a])!;
        var c = PyType.Create(ts, "C", "__main__", [b])!;
        var other = PyType.Create(ts, "Other", "__main__", [])!;
        Assert.Equal(0u, c.Version);
        var vc = c.GetOrAssignVersion();
        Assert.NotEqual(0u, vc);
        Assert.NotEqual(0u, a.Version); // bases get versions first
        Assert.NotEqual(0u, b.Version);
        Assert.Equal(vc, c.GetOrAssignVersion());
        var vOther = other.GetOrAssignVersion();

        a.SetDictEntry("f", PyValue.None);
        Assert.Equal(0u, a.Version);
        Assert.Equal(0u, b.Version);
        Assert.Equal(0u, c.Version);
        Assert.Equal(vOther, other.Version);

        var vc2 = c.GetOrAssignVersion();
        Assert.NotEqual(0u, vc2);
        Assert.NotEqual(vc, vc2); // never reused
        c.SetDictEntry("g", PyValue.None);
        Assert.Equal(0u, c.Version);
        Assert.NotEqual(0u, b.Version); // a subclass change leaves the base alone
    }

    [Fact]
    public void Versions_PropagateThroughDeepAndDiamondHierarchies()
    {
        var ts = new ThreadState();
        var root = PyType.Create(ts, "Root", "__main__", [])!;
        var left = PyType.Create(ts, "Left", "__main__", [root])!;
        var right = PyType.Create(ts, "Right", "__main__", [root])!;
        var t = PyType.Create(ts, "Join", "__main__", [left, right])!;
        for (var i = 0; i < 2000; i++)
        {
            t = PyType.Create(ts, "T" + i, "__main__", [t])!;
        }

        Assert.NotEqual(0u, t.GetOrAssignVersion());
        Assert.NotEqual(0u, right.Version);
        right.Modified();
        Assert.Equal(0u, t.Version);
        Assert.NotEqual(0u, left.Version);
        Assert.NotEqual(0u, root.Version);
    }

    [Fact]
    public void Versions_StopAfterTooManyModifications()
    {
        var ts = new ThreadState();
        var t = PyType.Create(ts, "Hot", "__main__", [])!;
        for (var i = 0; i < PyType.MaxVersionsPerClass; i++)
        {
            Assert.NotEqual(0u, t.GetOrAssignVersion());
            t.SetDictEntry("x", PyValue.FromInt64(i));
        }

        Assert.Equal(0u, t.GetOrAssignVersion());
        Assert.NotEqual(0u, PyType.Int.GetOrAssignVersion()); // builtins are not limited
    }

    [Fact]
    public void Subclasses_AreTracked()
    {
        var ts = new ThreadState();
        var a = PyType.Create(ts, "A", "__main__", [])!;
        var b = PyType.Create(ts, "B", "__main__", [a])!;
        Assert.Equal([b], a.Subclasses());
        Assert.Contains(a, PyType.Object.Subclasses());
    }
}
