using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

internal static partial class EvalLoop
{
    /// <summary>
    /// The counter check of a specializable generic instruction: true when it triggered (specialize
    /// now); otherwise counts one execution down (and as deferred for --jit-stats).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CounterTriggers(ushort[] code, int instr, int op)
    {
        var counter = code[instr + 1];
        if (Specializer.AdaptiveCounter.Triggers(counter))
        {
            return true;
        }

        code[instr + 1] = Specializer.AdaptiveCounter.Advance(counter);
        if (EvalTables.Stats)
        {
            Specializer.SpecializerStats.Deferred[op]++;
        }

        return false;
    }

    /// <summary>Clears the stack slots [from, to): a call's operands after it (usually a few, a loop beats Array.Clear).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearSlots(ref PyValue s0, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            Unsafe.Add(ref s0, i) = default;
        }
    }

    /// <summary>Clears <paramref name="count"/> stack slots from <paramref name="from"/> (a non-negative count).</summary>
    private static void ClearCount(ref PyValue s0, int from, int count) =>
        MemoryMarshal.CreateSpan(ref Unsafe.Add(ref s0, from), count).Clear();

    /// <summary>The stack slots [start, start + count) as a span (operands handed to C# code).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<PyValue> Slots(ref PyValue s0, int start, int count) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref s0, start), count);

    /// <summary>The inline cache units after <paramref name="op"/> (op is a byte: the table has 256 entries).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CacheUnits(int op) => Unsafe.Add(ref MemoryMarshal.GetReference(Bytecode.OpcodeInfo.CacheEntryCounts), op);

    /// <summary>A 32-bit inline-cache entry (two code units, low first), read without bounds checks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint ReadU32(ref ushort c0, int at) => Unsafe.Add(ref c0, at) | ((uint)Unsafe.Add(ref c0, at + 1) << 16);

    private static void CopyFreeVars(InterpreterFrame frame, int count)
    {
        var closure = frame.Function?.Closure;
        if (closure is null)
        {
            return;
        }

        var first = frame.Base + frame.Code.NLocalsPlus - count;
        for (var i = 0; i < count; i++)
        {
            frame.Stack[first + i] = PyValue.FromObject(closure[i]);
        }
    }

    private static void RaiseUnboundLocal(ThreadState ts, PyCode code, int index)
    {
        var exc = PyBaseException.Create(PyExc.UnboundLocalError,
            "cannot access local variable '" + code.LocalsPlusNames[index].Value + "' where it is not associated with a value");
        exc.SetAttribute(PyStr.Intern("name"), PyValue.FromObject(code.LocalsPlusNames[index]));
        ts.SetError(exc);
    }

    private static void RaiseUnboundDeref(ThreadState ts, PyCode code, int index)
    {
        if ((code.LocalsPlusKinds[index] & LocalsKind.Free) != 0)
        {
            var exc = PyBaseException.Create(PyExc.NameError,
                "cannot access free variable '" + code.LocalsPlusNames[index].Value + "' where it is not associated with a value in enclosing scope");
            exc.SetAttribute(PyStr.Intern("name"), PyValue.FromObject(code.LocalsPlusNames[index]));
            ts.SetError(exc);
            return;
        }

        RaiseUnboundLocal(ts, code, index);
    }

    /// <summary>Signals, pending calls and GIL drop requests, checked at RESUME and JUMP_BACKWARD (ARCHITECTURE §4).</summary>
    private static bool HandleEvalBreaker(ThreadState ts)
    {
        var flags = Interlocked.Exchange(ref ts.EvalBreaker, 0);
        if ((flags & ThreadState.BreakerAbort) != 0)
        {
            // Stays set: every activation on the way out stops too.
            Interlocked.Or(ref ts.EvalBreaker, ThreadState.BreakerAbort);
            ts.SetError(PyExc.SystemExit, [PyValue.FromObject(new PyStr("aborted by the host"))]);
            return false;
        }

        if ((flags & ThreadState.BreakerKeyboardInterrupt) != 0)
        {
            ts.SetError(PyExc.KeyboardInterrupt, []);
            return false;
        }

        if ((flags & ThreadState.BreakerPendingCalls) != 0 && !ts.RunPendingCalls())
        {
            if ((flags & ThreadState.BreakerGilDropRequest) != 0)
            {
                Interlocked.Or(ref ts.EvalBreaker, ThreadState.BreakerGilDropRequest);
            }

            return false;
        }

        if ((flags & ThreadState.BreakerGilDropRequest) != 0)
        {
            ts.Gil?.Yield(ts);
        }

        return true;
    }

    /// <summary>
    /// Stores <paramref name="value"/> in a stack or local slot. When the slot already holds the same
    /// reference (an int's or a float's tag, or the same object) only the payload is written, which
    /// skips the GC write barrier of a reference store (15-20% of int-heavy loops otherwise).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(ref PyValue slot, PyValue value)
    {
        if (ReferenceEquals(slot._ref, value._ref))
        {
            Unsafe.Add(ref Unsafe.As<PyValue, long>(ref slot), 1) = value._bits;
        }
        else
        {
            slot = value;
        }
    }

    /// <summary>
    /// Clears a popped stack slot that held <paramref name="popped"/> so the GC does not see it,
    /// unless it was an immediate or a bool: a tag or True/False keeps nothing alive, and leaving
    /// it lets the next such value pushed there skip the write barrier (<see cref="Put"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PopSlot(ref PyValue slot, PyValue popped)
    {
        if (popped._ref is not ImmediateTag and not PyBool)
        {
            slot = default;
        }
    }
}

/// <summary>Maps .NET exceptions that escaped C# code to Python exceptions (ARCHITECTURE §4).</summary>
internal static class ExceptionMapping
{
    // PROTOPY_DEBUG_DOTNET=1 prints the .NET stack of an escaped exception (a bug) to stderr.
    private static readonly bool s_debug = Environment.GetEnvironmentVariable("PROTOPY_DEBUG_DOTNET") == "1";

    public static PyBaseException FromDotNet(Exception e)
    {
        if (s_debug && e is not PythonException)
        {
            Console.Error.WriteLine(e.ToString());
        }

        return Map(e);
    }

    private static PyBaseException Map(Exception e) => e switch
    {
        PythonException pe => pe.Exception,
        OverflowException => PyBaseException.Create(PyExc.OverflowError, e.Message),
        OutOfMemoryException => PyBaseException.Create(PyExc.MemoryError, ""),
        InsufficientExecutionStackException => PyBaseException.Create(PyExc.RecursionError, "maximum recursion depth exceeded"),
        DivideByZeroException => PyBaseException.Create(PyExc.ZeroDivisionError, "division by zero"),
        _ => PyBaseException.Create(PyExc.SystemError, e.GetType().FullName + ": " + e.Message),
    };
}
