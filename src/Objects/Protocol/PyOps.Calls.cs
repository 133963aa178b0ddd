using System.Runtime.CompilerServices;

namespace ProtoPython.Objects;

public static partial class PyOps
{
    /// <summary><c>callable(*args, **kw)</c> in vectorcall form (see <see cref="CallFunc"/>).</summary>
    public static PyValue Call(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames = null)
    {
        var slot = callable.Type.Call;
        if (slot is null)
        {
            return ts.SetError(PyExc.TypeError, "'" + callable.Type.Name + "' object is not callable");
        }

        return slot(ts, callable, args, kwnames);
    }

    public static PyValue Call0(ThreadState ts, PyValue callable) => Call(ts, callable, ReadOnlySpan<PyValue>.Empty);

    public static PyValue Call1(ThreadState ts, PyValue callable, PyValue arg) => Call(ts, callable, new ReadOnlySpan<PyValue>(in arg));

    public static PyValue Call2(ThreadState ts, PyValue callable, PyValue a, PyValue b) => Call(ts, callable, [a, b]);

    /// <summary>
    /// Calls the special method <paramref name="name"/> of <paramref name="self"/>'s type with self
    /// first, the way CPython's slot wrappers do (<c>vectorcall_method</c>): functions and method
    /// descriptors are called unbound, anything else is bound through <c>__get__</c> first.
    /// Found=false (and no exception) when the type has no such attribute.
    /// </summary>
    public static PyValue CallSpecial(ThreadState ts, PyValue self, PyStr name, ReadOnlySpan<PyValue> args, out bool found)
    {
        if (!self.Type.TryLookup(name, out var attr))
        {
            found = false;
            return PyValue.Error;
        }

        found = true;
        return CallAttribute(ts, attr, self, args);
    }

    /// <summary>Calls a type attribute <paramref name="attr"/> as a method of <paramref name="self"/>.</summary>
    public static PyValue CallAttribute(ThreadState ts, PyValue attr, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kwnames = null)
    {
        if (attr.Type.HasFlag(TypeFlags.MethodDescriptor))
        {
            return CallPrepended(ts, attr, self, args, kwnames);
        }

        if (attr.Type.DescrGet is { } get)
        {
            var bound = get(ts, attr, self, self.Type);
            return bound.IsError ? bound : Call(ts, bound, args, kwnames);
        }

        return Call(ts, attr, args, kwnames);
    }

    /// <summary><c>callable(first, *args)</c>: a bound method's or a slot wrapper's call with self prepended.</summary>
    public static PyValue CallPrepended(ThreadState ts, PyValue callable, PyValue first, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        // A heap array, not a C#-stack buffer: copying GC references out of a stack buffer (the
        // callee's Span.CopyTo into its frame) measured much slower in the runtime's bulk-copy helper.
        var array = new PyValue[args.Length + 1];
        array[0] = first;
        args.CopyTo(array.AsSpan(1));
        return Call(ts, callable, array, kwnames);
    }

    /// <summary>obj.name(*args): an ordinary method call by name (attribute lookup on the object).</summary>
    public static PyValue CallMethod(ThreadState ts, PyValue obj, PyStr name, ReadOnlySpan<PyValue> args)
    {
        var method = GetAttr(ts, obj, name);
        return method.IsError ? method : Call(ts, method, args);
    }

    /// <summary>
    /// The machine-stack guard of every C# re-entry into Python (ARCHITECTURE §3): false with a
    /// pending RecursionError when the .NET stack is nearly exhausted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe bool EnsureStack(ThreadState ts, string? where = null)
    {
        // TryEnsureSufficientExecutionStack looks the thread's stack limit up (a thread-local
        // lookup in the runtime) at every call. A depth that passed once passes again: the thread
        // keeps the deepest stack address that passed, and only a deeper one asks the runtime.
        byte probe = 0;
        var here = (nuint)(&probe);
        return here >= ts.StackCheckedTo || EnsureStackSlow(ts, here, where);
    }

    private static bool EnsureStackSlow(ThreadState ts, nuint here, string? where)
    {
        if (RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.StackCheckedTo = here;
            return true;
        }

        ts.SetError(PyExc.RecursionError, "maximum recursion depth exceeded" + (where ?? ""));
        return false;
    }
}
