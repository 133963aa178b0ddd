namespace ProtoPython.Objects;

/// <summary>
/// <c>type.__flags__</c> in CPython's bit values (Py_TPFLAGS_*), computed from our flags:
/// inspect.isabstract tests TPFLAGS_IS_ABSTRACT, typing and copyreg test HEAPTYPE and friends.
/// </summary>
internal static partial class TypeType
{
    private static readonly PyStr s_abstractMethods = PyStr.Intern("__abstractmethods__");

    private static void InstallFlags(PyType t)
    {
        InstallAbstractMethods(t);
        InstallFlagsGetter(t);
    }

    private static void InstallFlagsGetter(PyType t) =>
        t.AddGetSet("__flags__", static (ts, v) =>
        {
            var type = AsType(v);
            var f = type.Flags;
            long flags = (1L << 12) | (1L << 14) | (1L << 19); // READY, HAVE_GC, VALID_VERSION_TAG
            flags |= Bit(f, TypeFlags.Sequence, 5) | Bit(f, TypeFlags.Mapping, 6) | Bit(f, TypeFlags.ImmutableType, 8)
                | Bit(f, TypeFlags.HeapType, 9) | Bit(f, TypeFlags.BaseType, 10) | Bit(f, TypeFlags.MethodDescriptor, 17)
                | Bit(f, TypeFlags.LongSubclass, 24) | Bit(f, TypeFlags.ListSubclass, 25) | Bit(f, TypeFlags.TupleSubclass, 26)
                | Bit(f, TypeFlags.StrSubclass, 28) | Bit(f, TypeFlags.DictSubclass, 29)
                | Bit(f, TypeFlags.BaseExceptionSubclass, 30) | Bit(f, TypeFlags.TypeSubclass, 31);
            if (type.IsSubtypeOf(PyType.Bytes))
            {
                flags |= 1L << 27;
            }

            flags |= type.IsAbstract ? 1L << 20 : 0;

            // MANAGED_DICT: a class statement added the instance dict (no builtin base has one of
            // its own); INLINE_VALUES: its instances keep attributes in a shape's value array.
            flags |= type.HasFlag(TypeFlags.HeapType) && type.HasInstanceDict && !BuiltinBaseOwnsDict(type) ? 1L << 4 : 0;
            flags |= type.InstanceShape is not null ? 1L << 2 : 0;
            return PyValue.FromInt64(flags);
        });

    private static bool BuiltinBaseOwnsDict(PyType type)
    {
        foreach (var t in type.Mro)
        {
            if (!t.HasFlag(TypeFlags.HeapType) && t.TryGetOwn(Names.Dict, out _))
            {
                return true;
            }
        }

        return false;
    }

    // __abstractmethods__ (type_abstractmethods / type_set_abstractmethods): the class dict's
    // entry, whose truth sets IsAbstract. type itself has none.
    private static void InstallAbstractMethods(PyType t) =>
        t.AddGetSet(
            "__abstractmethods__",
            static (ts, v) => !ReferenceEquals(v.AsObject, PyType.TypeType) && AsType(v).TryGetOwn(s_abstractMethods, out var m)
                ? m
                : ts.SetError(PyExc.AttributeError, "__abstractmethods__"),
            static (ts, v, value) =>
            {
                var type = AsType(v);
                if (value.IsNull)
                {
                    if (!type.RemoveDictEntry(s_abstractMethods))
                    {
                        ts.SetError(PyExc.AttributeError, "__abstractmethods__");
                        return false;
                    }

                    type.IsAbstract = false;
                    return true;
                }

                var truth = PyOps.IsTrue(ts, value);
                if (truth < 0)
                {
                    return false;
                }

                type.SetDictEntry(s_abstractMethods, value);
                type.IsAbstract = truth == 1;
                return true;
            });

    private static long Bit(TypeFlags flags, TypeFlags flag, int bit) => (flags & flag) != 0 ? 1L << bit : 0;
}
