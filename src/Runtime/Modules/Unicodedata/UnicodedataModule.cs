using ProtoPython.Objects;
using ProtoPython.Objects.Unicode;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>unicodedata</c>: the module functions read the Unicode 16.0.0 database (CPython 3.14's),
/// <c>ucd_3_2_0</c> is a <see cref="UcdObject"/> over Unicode 3.2.0 (stringprep, the idna codec).
/// The data and algorithms live in src/Objects/Unicode (docs/internals/unicode.md); this file only
/// parses arguments with CPython's messages.
/// </summary>
internal sealed class UnicodedataModule : INativeModule
{
    public string Name => "unicodedata";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("unicodedata");
        m.Add("__doc__", NativeTypes.Str(Doc));
        m.Add("unidata_version", NativeTypes.Str(UnicodeDatabase.UnidataVersion));
        m.Add("UCD", PyValue.FromObject(UcdObject.TypeObject.Value));
        m.Add("ucd_3_2_0", PyValue.FromObject(new UcdObject(UcdObject.TypeObject.Value)));
        foreach (var name in UcdFunctions.Names)
        {
            var fname = name;
            m.AddFunction(name, (ts, a, kw) => UcdFunctions.Call(ts, fname, "unicodedata." + fname, legacy: false, a, kw));
        }

        return m;
    }

    private const string Doc =
        "This module provides access to the Unicode Character Database which\n"
        + "defines character properties for all Unicode characters. The data in\n"
        + "this database is based on the UnicodeData.txt file version\n"
        + "16.0.0 which is publicly available from ftp://ftp.unicode.org/.\n"
        + "\n"
        + "The module uses the same names and symbols as defined by the\n"
        + "UnicodeData File Format 16.0.0.";
}

/// <summary><c>unicodedata.UCD</c>: a database of an older Unicode version (only 3.2.0 exists).</summary>
internal sealed class UcdObject(PyType type) : NativeObject(type)
{
    public static readonly Lazy<PyType> TypeObject = new(CreateType);

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("UCD", "unicodedata", subclassable: false);
        t.AddGetSet("unidata_version", static (ts, v) => NativeTypes.Str(UnicodeDatabase320.UnidataVersion));
        foreach (var name in UcdFunctions.Names)
        {
            var fname = name;
            t.AddMethod(name, (ts, a, kw) => UcdFunctions.Call(ts, fname, "UCD." + fname, legacy: true, a[1..], kw));
        }

        SlotTable.AddWrappers(t);
        return t;
    }
}
