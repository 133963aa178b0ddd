using ProtoPython.Bytecode;

namespace ProtoPython.Objects;

/// <summary>
/// <c>code._co_code_adaptive</c>: the quickened code units as CPython 3.14 would hold them, so that
/// CPython's own <c>dis.py</c> (<c>adaptive=True</c>, <c>show_caches=True</c>) names our specialized
/// forms and decodes their caches. Our opcode numbers are CPython's; what differs is translated
/// (docs/internals/specializer.md, "The adaptive dis view"):
/// <list type="bullet">
/// <item>our list-strategy forms (flag <c>ours</c>) show as the CPython form doing the same work, or
/// as the generic family when CPython has none (<c>CONTAINS_OP_STR</c>, <c>CONTAINS_OP_LIST_I64</c>);</item>
/// <item>LOAD_GLOBAL and LOAD_ATTR entries we keep at other offsets move to CPython's struct layout;</item>
/// <item>entries CPython fills with pointers (<c>descr</c>, BINARY_OP's <c>external_cache</c>) read 0:
/// we keep those objects in <see cref="PyCode.CacheValues"/>;</item>
/// <item>a generic (not or no longer specialized) LOAD_GLOBAL/LOAD_ATTR/BINARY_OP shows its counter
/// and zeros, where CPython shows whatever its last specialization left.</item>
/// </list>
/// </summary>
public static class AdaptiveCodeView
{
    /// <summary>The bytes of <c>_co_code_adaptive</c> (little-endian code units).</summary>
    public static byte[] Bytes(PyCode code)
    {
        var units = Units(code);
        var bytes = new byte[units.Length * 2];
        for (var i = 0; i < units.Length; i++)
        {
            bytes[2 * i] = (byte)units[i];
            bytes[(2 * i) + 1] = (byte)(units[i] >> 8);
        }

        return bytes;
    }

    /// <summary>The translated code units (a copy: the executed array is never touched).</summary>
    public static ushort[] Units(PyCode code)
    {
        var src = code.IsQuickened ? code.Instructions : code.OriginalCode;
        var units = (ushort[])src.Clone();
        for (var i = 0; i < units.Length;)
        {
            var op = (Opcode)(units[i] & 0xFF);
            var family = OpcodeInfo.Deopt(op);
            var caches = OpcodeInfo.CacheEntries(family);
            var shown = Shown(op);
            units[i] = (ushort)((units[i] & 0xFF00) | (int)shown);
            if (caches > 0)
            {
                Translate(src, units, i, shown, family);
            }

            i += 1 + caches;
        }

        return units;
    }

    // The name dis shows: ours become CPython's equivalent form, or the generic family.
    private static Opcode Shown(Opcode op) => op switch
    {
        Opcode.ForIterListI64 or Opcode.ForIterListF64 => Opcode.ForIterList,
        Opcode.BinaryOpSubscrListI64 or Opcode.BinaryOpSubscrListF64 => Opcode.BinaryOpSubscrListInt,
        Opcode.StoreSubscrListI64 or Opcode.StoreSubscrListF64 => Opcode.StoreSubscrListInt,
        Opcode.ContainsOpListI64 or Opcode.ContainsOpStr => Opcode.ContainsOp,
        _ => op,
    };

    // Rewrites the cache entries after instruction i (counter at i + 1) into CPython's layout.
    private static void Translate(ushort[] src, ushort[] dst, int i, Opcode op, Opcode family)
    {
        switch (family)
        {
            case Opcode.LoadGlobal:
                // CPython's _PyLoadGlobalCache: module_keys_version, builtin_keys_version, index.
                // Ours: index, module keys version, builtin keys version.
                Clear(dst, i + 2, 3);
                if (op != family)
                {
                    dst[i + 2] = src[i + 3];
                    dst[i + 3] = op == Opcode.LoadGlobalBuiltin ? src[i + 4] : (ushort)0;
                    dst[i + 4] = src[i + 2];
                }

                break;
            case Opcode.LoadAttr:
                TranslateLoadAttr(src, dst, i, op);
                break;
            case Opcode.BinaryOp:
                // external_cache[4] holds a descriptor pointer in CPython (BINARY_OP_EXTEND).
                Clear(dst, i + 2, 4);
                break;
        }
    }

    // _PyAttrCache / _PyLoadMethodCache: +2 type_version (2), +4 keys_version (2) or index (1),
    // +6 descr (4). Ours: +2 type version, +4 shape id or module keys version, +6 slot or index.
    private static void TranslateLoadAttr(ushort[] src, ushort[] dst, int i, Opcode op)
    {
        Clear(dst, i + 2, 8);
        switch (op)
        {
            case Opcode.LoadAttr:
                break;
            case Opcode.LoadAttrModule:
                dst[i + 2] = src[i + 4];
                dst[i + 3] = src[i + 5];
                dst[i + 4] = src[i + 6];
                break;
            case Opcode.LoadAttrInstanceValue or Opcode.LoadAttrSlot:
                dst[i + 2] = src[i + 2];
                dst[i + 3] = src[i + 3];
                dst[i + 4] = src[i + 6];
                break;
            case Opcode.LoadAttrMethodWithValues or Opcode.LoadAttrNondescriptorWithValues:
                // The shape id stands where CPython checks the keys version of the values.
                dst[i + 2] = src[i + 2];
                dst[i + 3] = src[i + 3];
                dst[i + 4] = src[i + 4];
                dst[i + 5] = src[i + 5];
                break;
            default:
                dst[i + 2] = src[i + 2];
                dst[i + 3] = src[i + 3];
                break;
        }
    }

    private static void Clear(ushort[] units, int from, int count) => Array.Clear(units, from, count);
}
