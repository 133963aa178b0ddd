namespace ProtoPython.Objects;

/// <summary>
/// Per-thread interpreter state (ARCHITECTURE §4, §9). Holds the pending exception of the
/// error protocol: a failing function stores the exception here and returns a failure value
/// (<see cref="PyValue.Error"/>, <c>false</c> from a <c>TryX</c>, a negative int, or null).
/// No .NET exception is thrown on these paths.
/// <para>
/// Access: hot paths (the eval loop, slots, builtins) receive the ThreadState as a parameter,
/// which costs a register instead of a thread-local lookup. <see cref="Current"/> ([ThreadStatic])
/// exists for cold code that has no ThreadState at hand (callbacks from .NET, module init).
/// Stage 1 (GIL): only the GIL holder touches Python objects, and each thread only its own state.
/// </para>
/// </summary>
public sealed class ThreadState
{
    [ThreadStatic]
    private static ThreadState? t_current;

    /// <summary>The calling thread's state, created on first use.</summary>
    public static ThreadState Current => t_current ??= new ThreadState();

    /// <summary>An eval-breaker bit: Ctrl-C was pressed.</summary>
    public const int BreakerKeyboardInterrupt = 1;

    /// <summary>An eval-breaker bit: the host wants this thread's program stopped (a test's timeout); raises SystemExit.</summary>
    public const int BreakerAbort = 2;

    /// <summary>An eval-breaker bit: <see cref="AddPendingCall(Func{ThreadState, bool})"/> queued work (weakref callbacks after a collection).</summary>
    public const int BreakerPendingCalls = 4;

    /// <summary>An eval-breaker bit: another thread waits for the GIL longer than the switch interval; the holder yields it (<see cref="Threading.Gil.Yield"/>).</summary>
    public const int BreakerGilDropRequest = 8;

    /// <summary>The GIL this thread runs under, or null while its program has a single thread (nothing to lock).</summary>
    public Threading.Gil? Gil { get; set; }

    /// <summary>Releases the GIL around a blocking call that touches no Python object; re-takes it when disposed.</summary>
    public Threading.GilRelease ReleaseGil() => Gil is { } gil ? new Threading.GilRelease(this, gil) : default;

    /// <summary>
    /// Set by the precompiled eval loop when it returns only to let its driver continue the same
    /// frames in the optimized copy (the frames' state is saved); cleared by the driver.
    /// </summary>
    public bool LoopSwitchPending;

    private readonly System.Collections.Concurrent.ConcurrentQueue<Func<ThreadState, bool>> _pendingCalls = new();

    /// <summary>
    /// Queues <paramref name="call"/> to run on this thread at its next eval-breaker check
    /// (Py_AddPendingCall); safe from any thread, e.g. a finalizer. The call returns false with an
    /// exception set to raise it in the interrupted code (a signal handler's exception).
    /// </summary>
    public void AddPendingCall(Func<ThreadState, bool> call)
    {
        _pendingCalls.Enqueue(call);
        Interlocked.Or(ref EvalBreaker, BreakerPendingCalls);
    }

    /// <inheritdoc cref="AddPendingCall(Func{ThreadState, bool})"/>
    public void AddPendingCall(Action<ThreadState> call) => AddPendingCall(ts =>
    {
        call(ts);
        return true;
    });

    /// <summary>
    /// Runs the queued pending calls; false with the exception set when one failed. The calls
    /// queued after it stay queued, and the breaker bit is set again so they run at the next check.
    /// </summary>
    public bool RunPendingCalls()
    {
        while (_pendingCalls.TryDequeue(out var call))
        {
            if (!call(this))
            {
                if (!_pendingCalls.IsEmpty)
                {
                    Interlocked.Or(ref EvalBreaker, BreakerPendingCalls);
                }

                return false;
            }
        }

        return true;
    }

    /// <summary>Eval-breaker flags, set from other threads (signal handlers), checked at RESUME and JUMP_BACKWARD.</summary>
    public int EvalBreaker;

    /// <summary>Default of <c>sys.getrecursionlimit()</c>.</summary>
    public const int DefaultRecursionLimit = 1000;

    private const int DataStackChunk = 16 * 1024;

    // The data stack (ARCHITECTURE §3): frames' windows are carved from the current chunk; a frame
    // that does not fit starts a new chunk. Chunks are kept for reuse.
    // Internal for the eval loop's inline call and return paths (src/Interpreter/Eval), which
    // must keep the same discipline as AllocateWindow/ReleaseWindow below.
    internal PyValue[] _chunk = new PyValue[DataStackChunk];
    internal int _top;

    /// <summary>
    /// The deepest machine-stack address at which the runtime said enough stack was left
    /// (PyOps.EnsureStack); the thread's own stack only, so a ThreadState is used on its thread.
    /// </summary>
    internal nuint StackCheckedTo = nuint.MaxValue;
    private readonly Stack<(PyValue[] Chunk, int Top)> _previousChunks = new();

    /// <summary>The running frame (top of the Python call stack), or null.</summary>
    public InterpreterFrame? CurrentFrame { get; set; }

    /// <summary>Python call depth: frames pushed and not yet popped, on this thread.</summary>
    public int Depth { get; set; }

    /// <summary><c>sys.getrecursionlimit()</c>; shared by all threads in CPython, per thread state here for speed.</summary>
    public static int RecursionLimit { get; set; } = DefaultRecursionLimit;

    /// <summary>The exception being handled (<c>sys.exception()</c>): set by PUSH_EXC_INFO, restored by POP_EXCEPT.</summary>
    public PyBaseException? HandledException { get; set; }

    /// <summary>Reserves a frame window of <paramref name="size"/> slots: the array and the base index.</summary>
    public PyValue[] AllocateWindow(int size, out int baseIndex)
    {
        if (_top + size > _chunk.Length)
        {
            _previousChunks.Push((_chunk, _top));
            _chunk = new PyValue[Math.Max(DataStackChunk, size)];
            _top = 0;
        }

        baseIndex = _top;
        _top += size;
        return _chunk;
    }

    /// <summary>
    /// Releases the most recent window (LIFO). Slots <c>[baseIndex, usedEnd)</c> are cleared so the GC
    /// does not see the finished frame's locals; the eval loop keeps the slots above its stack pointer
    /// clear itself, and a new frame clears its locals when it is pushed, so nothing else needs clearing.
    /// </summary>
    public void ReleaseWindow(PyValue[] chunk, int baseIndex, int usedEnd)
    {
        if (!ReferenceEquals(chunk, _chunk))
        {
            return;
        }

        // Usually a few slots: a loop, not Span.Clear (a generic BCL call JIT-compiled over PyValue).
        for (var i = baseIndex; i < usedEnd; i++)
        {
            chunk[i] = default;
        }

        _top = baseIndex;
        if (_top == 0 && _previousChunks.Count > 0)
        {
            (_chunk, _top) = _previousChunks.Pop();
        }
    }

    // Frames that finished without being captured (no frame object, no generator) are reused:
    // a Python call then allocates nothing (ARCHITECTURE §3, "a pool of InterpreterFrame objects").
    internal readonly InterpreterFrame?[] _framePool = new InterpreterFrame?[64];
    internal int _framePoolCount;

    /// <summary>A frame object to fill in: a pooled one, or a new one. Every field must be assigned by the caller.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public InterpreterFrame RentFrame()
    {
        if (_framePoolCount > 0)
        {
            var frame = _framePool[--_framePoolCount]!;
            _framePool[_framePoolCount] = null;
            return frame;
        }

        return new InterpreterFrame();
    }

    /// <summary>Gives back a finished frame nobody else refers to (see <see cref="RentFrame"/>).</summary>
    public void ReturnFrame(InterpreterFrame frame)
    {
        if (_framePoolCount < _framePool.Length)
        {
            frame.Locals = default;
            _framePool[_framePoolCount++] = frame;
        }
    }

    /// <summary>The pending exception, or null. Set by <see cref="SetError(PyBaseException)"/>.</summary>
    public PyBaseException? CurrentException { get; private set; }

    /// <summary>True while an exception is pending.</summary>
    public bool HasError => CurrentException is not null;

    /// <summary>Makes <paramref name="exception"/> pending and returns <see cref="PyValue.Error"/>, so callers can write <c>return ts.SetError(...)</c>.</summary>
    public PyValue SetError(PyBaseException exception)
    {
        CurrentException = exception;
        return PyValue.Error;
    }

    /// <summary>Raises <paramref name="type"/>(<paramref name="message"/>): <c>PyErr_SetString</c>.</summary>
    public PyValue SetError(PyType type, string message) => SetError(PyBaseException.Create(type, message));

    /// <summary>Raises <paramref name="type"/> with the given args (e.g. OverflowError(34, 'Numerical result out of range')).</summary>
    public PyValue SetError(PyType type, params PyValue[] args) => SetError(PyBaseException.Create(type, args));

    /// <summary>Takes the pending exception, leaving none (<c>PyErr_GetRaisedException</c>).</summary>
    public PyBaseException? FetchError()
    {
        var e = CurrentException;
        CurrentException = null;
        return e;
    }

    /// <summary>Drops the pending exception (<c>PyErr_Clear</c>).</summary>
    public void ClearError() => CurrentException = null;

    /// <summary>True if the pending exception is an instance of <paramref name="type"/> (<c>PyErr_ExceptionMatches</c>).</summary>
    public bool ErrorMatches(PyType type) => CurrentException is { } e && e.Type.IsSubtypeOf(type);
}
