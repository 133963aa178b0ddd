using ProtoPython.Objects;
using ProtoPython.Objects.Threading;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The threads one runtime started through <c>_thread</c>: each runs on its own .NET thread (16 MB
/// stack, ARCHITECTURE §3) with its own ThreadState, under the runtime's GIL, which the first
/// start creates. Non-daemon threads are remembered for <c>_thread._shutdown</c>.
/// </summary>
internal sealed class ThreadStarter(PythonRuntime runtime)
{
    private const int StackBytes = 16 * 1024 * 1024;

    private readonly List<PyThreadHandle> _nonDaemon = [];
    private int _running;

    /// <summary>The ident of the thread that imported <c>_thread</c> (the program's main thread: no other thread can exist before).</summary>
    public long MainIdent { get; } = ThreadIdent.Current;

    /// <summary><c>_thread._count()</c>: threads started here that have not finished.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Starts <paramref name="function"/>(*args, **kwargs) on a new thread recorded in <paramref name="handle"/>.</summary>
    public PyValue Start(ThreadState ts, PyValue function, PyValue[] args, PyTuple? kwnames, PyThreadHandle handle, bool daemon)
    {
        if (handle.Started)
        {
            return ts.SetError(PyExc.RuntimeError, "thread already started");
        }

        var gil = ts.Gil;
        if (gil is null)
        {
            // The program's second thread: from now on Python code runs under the lock.
            gil = new Gil();
            gil.Acquire(ts);
            ts.Gil = gil;
        }

        var thread = new Thread(() => Run(gil, function, args, kwnames, handle), StackBytes)
        {
            IsBackground = true,
            Name = "protopy thread",
        };
        handle.Ident = thread.ManagedThreadId;
        handle.Started = true;
        if (!daemon)
        {
            lock (_nonDaemon)
            {
                _nonDaemon.Add(handle);
            }
        }

        Interlocked.Increment(ref _running);
        try
        {
            thread.Start();
        }
        catch (OutOfMemoryException)
        {
            Finished(handle);
            return ts.SetError(PyExc.RuntimeError, "can't start new thread");
        }

        return PyValue.FromObject(handle);
    }

    private void Run(Gil gil, PyValue function, PyValue[] args, PyTuple? kwnames, PyThreadHandle handle)
    {
        var ts = ThreadState.Current;
        ts.Gil = gil;
        gil.Acquire(ts);
        try
        {
            if (PyOps.Call(ts, function, args, kwnames).IsError)
            {
                Report(ts, function);
            }
        }
        catch (Exception e)
        {
            // A .NET exception is a bug; it must not take the process down with it.
            runtime.StdErr.Write("[.NET exception escaped in a thread: " + e + "]\n");
        }
        finally
        {
            ts.ClearError();
            Finished(handle);
            gil.Release(ts);
        }
    }

    private void Finished(PyThreadHandle handle)
    {
        lock (_nonDaemon)
        {
            _nonDaemon.Remove(handle);
        }

        Interlocked.Decrement(ref _running);
        handle.SetDone();
    }

    // thread_run: SystemExit ends the thread quietly; anything else is unraisable.
    private void Report(ThreadState ts, PyValue function)
    {
        var exc = ts.FetchError()!;
        if (exc.Type.IsSubtypeOf(PyExc.SystemExit))
        {
            return;
        }

        var r = PyOps.Repr(ts, function);
        ts.ClearError();
        runtime.StdErr.Write("Exception ignored in thread started by " + (r?.Value ?? "<function>") + ":\n");
        Errors.ExceptHook.Display(runtime, ts, PyValue.FromObject(exc), exc.Traceback is { } tb ? PyValue.FromObject(tb) : PyValue.None);
    }

    /// <summary><c>_thread._shutdown()</c>: waits for every non-daemon thread (but the caller's own).</summary>
    public bool Shutdown(ThreadState ts)
    {
        while (true)
        {
            PyThreadHandle? next = null;
            lock (_nonDaemon)
            {
                foreach (var h in _nonDaemon)
                {
                    if (h.Ident != ThreadIdent.Current && !h.IsDone)
                    {
                        next = h;
                        break;
                    }
                }
            }

            if (next is null)
            {
                return true;
            }

            if (BlockingWait.Wait(ts, span => next.WaitDone(span), -1) < 0)
            {
                return false;
            }
        }
    }
}
