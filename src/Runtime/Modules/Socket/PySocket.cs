using System.Diagnostics;
using System.Runtime.InteropServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// A <c>_socket.socket</c>: an OS socket descriptor with its family, type, protocol and timeout
/// (CPython's sock_timeout: negative blocks, 0 is non-blocking, positive waits that many seconds;
/// with a timeout the descriptor itself is O_NONBLOCK and waits are poll(2) calls).
/// Blocking waits release the GIL and wake up for Ctrl-C and a host's abort.
/// </summary>
internal sealed partial class PySocket(PyType type) : NativeObject(type)
{
    /// <summary>socket.setdefaulttimeout's value for every program of the process (-1: None).</summary>
    public static double DefaultTimeout = -1;

    public int Fd = -1;
    public int Family;
    public int SockType;
    public int Proto;
    public double Timeout = -1;

    ~PySocket()
    {
        // The Python object is gone without close(): do not leak its descriptor.
        if (Fd >= 0)
        {
            SocketNative.Close(Fd);
        }
    }

    public static PySocket Self(PyValue v) => (PySocket)v.AsObject;

    /// <summary>init_sockobject: records what the descriptor is and applies the default timeout.</summary>
    public bool Setup(ThreadState ts, int fd, int family, int type, int proto)
    {
        Fd = fd;
        Family = family;
        SockType = type & ~(SocketNative.SockNonBlock | SocketNative.SockCloexec);
        Proto = proto;
        if ((type & SocketNative.SockNonBlock) != 0)
        {
            Timeout = 0;
            return true;
        }

        Timeout = DefaultTimeout;
        return Timeout < 0 || SetNonBlocking(ts, true);
    }

    /// <summary>O_NONBLOCK on or off on the descriptor.</summary>
    public bool SetNonBlocking(ThreadState ts, bool nonBlocking)
    {
        var flags = PosixNative.Fcntl(Fd, PosixNative.FGetFl, 0);
        var wanted = nonBlocking ? flags | PosixNative.ONonBlock : flags & ~PosixNative.ONonBlock;
        if (flags < 0 || (wanted != flags && PosixNative.Fcntl(Fd, PosixNative.FSetFl, wanted) < 0))
        {
            PosixErrors.Raise(ts);
            return false;
        }

        return true;
    }

    /// <summary>socket_parse_timeout: None is -1, else non-negative seconds (rounded up to nanoseconds).</summary>
    public static bool TryParseTimeout(ThreadState ts, PyValue v, out double seconds)
    {
        seconds = -1;
        if (v.IsNone)
        {
            return true;
        }

        if (!v.IsFloat && !PyInt.IsInt(v) && v.Type.IsSubtypeOf(PyType.Float))
        {
            v = PyOps.Call(ts, PyValue.FromObject(PyType.Float), [v]);
            if (v.IsError)
            {
                return false;
            }
        }

        if (v.IsFloat)
        {
            seconds = v.AsDouble;
            if (double.IsNaN(seconds))
            {
                ts.SetError(PyExc.ValueError, "Invalid value NaN (not a number)");
                return false;
            }
        }
        else if (PyInt.IsInt(v))
        {
            if (!PyOps.TryIndexAsInt64(ts, v, PyExc.OverflowError, out var n))
            {
                return false;
            }

            seconds = n;
        }
        else
        {
            ts.SetError(PyExc.TypeError, "'" + v.Type.Name + "' object cannot be interpreted as an integer or float");
            return false;
        }

        if (seconds < 0)
        {
            ts.SetError(PyExc.ValueError, "Timeout value out of range");
            return false;
        }

        seconds = Math.Ceiling(seconds * 1e9) / 1e9;
        return true;
    }

    public static PyValue TimeoutValue(double seconds) => seconds < 0 ? PyValue.None : PyValue.FromDouble(seconds);

    /// <summary>
    /// sock_call: waits (per the timeout) until the descriptor is ready, then runs <paramref name="op"/>
    /// with the GIL released; retries on EINTR, and on EAGAIN while time is left. The result, or -1
    /// with the exception pending.
    /// </summary>
    public nint Call(ThreadState ts, bool writing, Func<int, nint> op)
    {
        var deadline = Timeout > 0 ? Stopwatch.GetTimestamp() + (long)(Timeout * Stopwatch.Frequency) : 0;
        while (true)
        {
            if (Fd < 0)
            {
                PosixErrors.Raise(ts, SocketNative.EBadF);
                return -1;
            }

            if (Timeout != 0 && !WaitReady(ts, writing, deadline))
            {
                return -1;
            }

            nint n;
            int errno;
            var fd = Fd;
            using (ts.ReleaseGil())
            {
                n = op(fd);
                errno = n < 0 ? Marshal.GetLastPInvokeError() : 0;
            }

            if (n >= 0)
            {
                return n;
            }

            if (errno == SocketNative.EIntr || (Timeout > 0 && errno == SocketNative.EAgain))
            {
                continue;
            }

            PosixErrors.Raise(ts, errno);
            return -1;
        }
    }

    /// <summary>
    /// Polls until readable (writable) or the deadline (0: none) passed; false with TimeoutError
    /// ("timed out") or the interruption pending.
    /// </summary>
    public bool WaitReady(ThreadState ts, bool writing, long deadline)
    {
        var seconds = -1.0;
        if (deadline != 0)
        {
            seconds = Math.Max(0, Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline).TotalSeconds);
        }

        var fd = Fd;
        var events = writing ? SelectModule.PollOut : SelectModule.PollIn;
        var r = BlockingWait.Wait(ts, span => PollOne(fd, events, span), seconds);
        if (r == 0)
        {
            ts.SetError(PyExc.TimeoutError, "timed out");
        }

        return r > 0;
    }

    private static unsafe bool PollOne(int fd, short events, TimeSpan span)
    {
        var p = new SelectModule.PollFd { Fd = fd, Events = events };
        var n = SocketNative.Poll(&p, 1, (int)Math.Ceiling(span.TotalMilliseconds));
        // An error (EBADF from a concurrent close) is left to the call itself to report.
        return n > 0 || (n < 0 && Marshal.GetLastPInvokeError() != SocketNative.EIntr);
    }
}
