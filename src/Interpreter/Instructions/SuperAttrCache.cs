using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>
/// The cache of LOAD_SUPER_ATTR_ATTR/_METHOD (after their guards): <c>super().name</c> found for a
/// class argument and an instance's type is found again while both classes keep their versions,
/// which any change to a class along the instance type's MRO resets. Cached: a plain value (no
/// <c>__get__</c>) or, for a method load, a method descriptor pushed unbound with self, in
/// <see cref="PyCode.CacheValues"/> at the instruction (the value) and the next index (the two
/// versions, packed). Anything else runs the generic lookup every time.
/// </summary>
internal static class SuperAttrCache
{
    public static bool Load(ThreadState ts, InterpreterFrame frame, int instr, int sp, PyStr name, int oparg)
    {
        var stack = frame.Stack;
        var start = (PyType)stack[sp - 2].AsObject;
        var self = stack[sp - 1];
        var loadMethod = (oparg & 1) != 0;
        var values = frame.Code.CacheValues ??= new PyValue[frame.Code.Instructions.Length];
        var cachedKey = values[instr + 1];
        if (cachedKey.IsInt64 && cachedKey.AsInt64 == Key(start.Version, self.Type.Version) && self.AsObject is not PyType)
        {
            stack[sp - 3] = values[instr];
            stack[sp - 2] = loadMethod ? self : default;
            stack[sp - 1] = default;
            return true;
        }

        if (!Attributes.LoadSuperAttr(ts, frame, stack, sp, name, oparg))
        {
            return false;
        }

        if (self.AsObject is not PyType && self.Type.IsSubtypeOf(start) && FindRaw(start, self.Type, name) is { IsNull: false } raw
            && (loadMethod ? raw.Type.HasFlag(TypeFlags.MethodDescriptor) : raw.Type.DescrGet is null))
        {
            var startVersion = start.GetOrAssignVersion();
            var selfVersion = self.Type.GetOrAssignVersion();
            if (startVersion != 0 && selfVersion != 0)
            {
                values[instr] = raw;
                values[instr + 1] = PyValue.FromInt64(Key(startVersion, selfVersion));
            }
        }

        return true;
    }

    // Both versions in one value; a 0 (unversioned) half never matches a stored key.
    private static long Key(uint startVersion, uint selfVersion) => ((long)startVersion << 32) | selfVersion;

    // What the MRO walk after `start` finds, before any __get__.
    private static PyValue FindRaw(PyType start, PyType selfType, PyStr name)
    {
        var mro = selfType.Mro;
        for (var i = Array.IndexOf(mro, start) + 1; i > 0 && i < mro.Length; i++)
        {
            if (mro[i].TryGetOwn(name, out var attr))
            {
                return attr;
            }
        }

        return PyValue.Null;
    }
}
