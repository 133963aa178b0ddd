using ProtoPython.Bytecode;
using ProtoPython.Objects;

namespace ProtoPython.Specializer;

public static partial class Specialize
{
    /// <summary>
    /// LOAD_GLOBAL → LOAD_GLOBAL_MODULE (the name is a key of globals) or LOAD_GLOBAL_BUILTIN (it is
    /// not, and is a key of builtins). Caches: entry index, globals keys version, builtins keys
    /// version, each 16 bits as in CPython; a version or index that does not fit fails.
    /// </summary>
    public static void LoadGlobal(ushort[] units, int instr, PyDict globals, PyDict builtins, PyStr name)
    {
        if (!globals.Keys.StrOnly || !builtins.Keys.StrOnly
            || !ReferenceEquals(globals.Type, PyType.Dict) || !ReferenceEquals(builtins.Type, PyType.Dict))
        {
            // CPython too: only exact dicts with all-str keys, whose lookups cannot run Python code
            // (a dict subclass's __missing__ must run: annotationlib's fake globals rely on it).
            Fail(units, instr, "globals or builtins not an exact dict with str keys");
            return;
        }

        var ix = globals.FindStr(name);
        if (ix >= 0)
        {
            var version = globals.Keys.Version;
            if (ix > ushort.MaxValue || version == 0 || version > ushort.MaxValue)
            {
                Fail(units, instr, "dict keys version exhausted or index too large");
                return;
            }

            units[instr + 2] = (ushort)ix;
            units[instr + 3] = (ushort)version;
            Publish(units, instr, Opcode.LoadGlobalModule);
            return;
        }

        var bix = builtins.FindStr(name);
        if (bix < 0 || bix > ushort.MaxValue)
        {
            Fail(units, instr, "name in neither globals nor builtins");
            return;
        }

        var gv = globals.Keys.Version;
        var bv = builtins.Keys.Version;
        if (gv == 0 || gv > ushort.MaxValue || bv == 0 || bv > ushort.MaxValue)
        {
            Fail(units, instr, "dict keys version exhausted");
            return;
        }

        units[instr + 2] = (ushort)bix;
        units[instr + 3] = (ushort)gv;
        units[instr + 4] = (ushort)bv;
        Publish(units, instr, Opcode.LoadGlobalBuiltin);
    }
}
