using System.Runtime.InteropServices;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>select</c> for Linux over poll(2): select.select, select.poll (what subprocess's
/// communicate uses) and select.epoll (selectors' DefaultSelector, so asyncio's loop).
/// </summary>
internal sealed partial class SelectModule : INativeModule
{
    public const short PollIn = 1, PollPri = 2, PollOut = 4, PollErr = 8, PollHup = 16, PollNval = 32;

    public string Name => "select";

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc.so.6", EntryPoint = "poll", SetLastError = true)]
    private static unsafe partial int Poll(PollFd* fds, nuint count, int timeout);

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("select");
        m.Add("error", PyValue.FromObject(PyExc.OSError));
        (string, int)[] constants =
        [
            ("POLLIN", 1), ("POLLPRI", 2), ("POLLOUT", 4), ("POLLERR", 8), ("POLLHUP", 16), ("POLLNVAL", 32), ("POLLRDNORM", 64),
            ("POLLRDBAND", 128), ("POLLWRNORM", 256), ("POLLWRBAND", 512), ("POLLMSG", 1024), ("POLLRDHUP", 0x2000), ("PIPE_BUF", 4096),
            ("EPOLLIN", 1), ("EPOLLPRI", 2), ("EPOLLOUT", 4), ("EPOLLERR", 8), ("EPOLLHUP", 16), ("EPOLLRDNORM", 64), ("EPOLLRDBAND", 128),
            ("EPOLLWRNORM", 256), ("EPOLLWRBAND", 512), ("EPOLLMSG", 1024), ("EPOLLRDHUP", 0x2000), ("EPOLLEXCLUSIVE", 1 << 28),
            ("EPOLLWAKEUP", 1 << 29), ("EPOLLONESHOT", 1 << 30), ("EPOLL_CLOEXEC", 0x80000),
        ];
        foreach (var (name, value) in constants)
        {
            m.Add(name, PyValue.FromInt64(value));
        }

        m.Add("EPOLLET", PyValue.FromInt64(1L << 31));
        m.Add("epoll", PyValue.FromObject(EpollObject.EpollType));

        m.AddFunction("select", static (ts, a, kw) => Select(ts, a, kw));
        m.AddFunction("poll", static (ts, a, kw) => PyValue.FromObject(new PollObject()), NativeArity.NoArgs);
        return m;
    }

    /// <summary>PyObject_AsFileDescriptor: an int, or the result of fileno().</summary>
    public static bool TryFileDescriptor(ThreadState ts, PyValue v, out int fd)
    {
        fd = -1;
        if (!PyInt.IsInt(v))
        {
            var found = PyOps.TryGetAttr(ts, v, PyStr.Intern("fileno"), out var fileno);
            if (found <= 0)
            {
                if (found == 0)
                {
                    ts.SetError(PyExc.TypeError, "argument must be an int, or have a fileno() method.");
                }

                return false;
            }

            v = PyOps.Call(ts, fileno, []);
            if (v.IsError)
            {
                return false;
            }

            if (!PyInt.IsInt(v))
            {
                ts.SetError(PyExc.TypeError, "fileno() returned a non-integer");
                return false;
            }
        }

        if (!ClinicArgs.TryInt(ts, v, 0, out fd))
        {
            return false;
        }

        if (fd < 0)
        {
            ts.SetError(PyExc.ValueError, "file descriptor cannot be a negative integer (" + fd + ")");
            return false;
        }

        return true;
    }

    /// <summary>A timeout in seconds (None: forever) as poll's milliseconds, rounded up.</summary>
    public static bool TryTimeoutMs(ThreadState ts, PyValue v, double scale, out int ms)
    {
        ms = -1;
        if (v.IsNull || v.IsNone)
        {
            return true;
        }

        // float() would also parse text; a timeout must be a number.
        var f = v.AsObject is PyStr or PyBytes or PyByteArray ? ts.SetError(PyExc.TypeError, "")
            : PyOps.Call(ts, PyValue.FromObject(PyType.Float), [v]);
        if (f.IsError)
        {
            if (ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                ts.SetError(PyExc.TypeError, "timeout must be an integer or None");
            }

            return false;
        }

        var seconds = f.AsDouble * scale;
        if (double.IsNaN(seconds))
        {
            ts.SetError(PyExc.ValueError, "Invalid value NaN (not a number)");
            return false;
        }

        ms = seconds < 0 ? -1 : seconds > int.MaxValue / 1000.0 ? int.MaxValue : (int)Math.Ceiling(seconds * 1000);
        return true;
    }

    /// <summary>
    /// poll(2), retried on EINTR; the count of ready descriptors, or -1 with OSError set. A wait
    /// releases the GIL and polls in slices, so other threads run and Ctrl-C still stops it.
    /// </summary>
    public static int RunPoll(ThreadState ts, PollFd[] fds, int timeoutMs)
    {
        var count = 0;
        var errno = 0;
        bool TryPoll(TimeSpan span)
        {
            int n;
            unsafe
            {
                fixed (PollFd* p = fds)
                {
                    n = Poll(p, (nuint)fds.Length, (int)Math.Ceiling(span.TotalMilliseconds));
                }
            }

            if (n < 0)
            {
                errno = Marshal.GetLastPInvokeError();
                return errno != 4;
            }

            count = n;
            return n > 0;
        }

        if (timeoutMs == 0)
        {
            while (!TryPoll(TimeSpan.Zero) && errno == 4)
            {
                errno = 0;
            }
        }
        else if (BlockingWait.Wait(ts, TryPoll, timeoutMs < 0 ? -1 : timeoutMs / 1000.0) < 0)
        {
            return -1;
        }

        if (errno != 0 && errno != 4)
        {
            PosixErrors.Raise(ts, errno);
            return -1;
        }

        return count;
    }

    private static PyValue Select(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "select", a, kw, 3, 4))
        {
            return PyValue.Error;
        }

        if (a.Length > 3 && !a[3].IsNone)
        {
            var t = PyOps.Call(ts, PyValue.FromObject(PyType.Float), [a[3]]);
            if (t.IsError)
            {
                ts.ClearError();
                return ts.SetError(PyExc.TypeError, "timeout must be a float or None");
            }

            if (t.AsDouble < 0)
            {
                return ts.SetError(PyExc.ValueError, "timeout must be non-negative");
            }
        }

        var fds = new List<PollFd>();
        var objects = new List<(PyValue Obj, int Index)>[3];
        short[] masks = [PollIn | PollHup | PollErr, PollOut | PollErr, PollPri];
        for (var k = 0; k < 3; k++)
        {
            objects[k] = [];
            var seq = PyOps.Call(ts, PyValue.FromObject(PyType.List), [a[k]]);
            if (seq.IsError)
            {
                if (ts.ErrorMatches(PyExc.TypeError))
                {
                    ts.ClearError();
                    ts.SetError(PyExc.TypeError, "arguments 1-3 must be sequences");
                }

                return PyValue.Error;
            }

            var list = (PyList)seq.AsObject;
            for (var i = 0; i < list.Count; i++)
            {
                var item = list.ItemAt(i);
                if (!TryFileDescriptor(ts, item, out var fd))
                {
                    return PyValue.Error;
                }

                objects[k].Add((item, fds.Count));
                fds.Add(new PollFd { Fd = fd, Events = k == 0 ? PollIn : k == 1 ? PollOut : PollPri });
            }
        }

        if (!TryTimeoutMs(ts, a.Length > 3 ? a[3] : PyValue.None, 1, out var ms))
        {
            return PyValue.Error;
        }

        var array = fds.ToArray();
        if (RunPoll(ts, array, ms) < 0)
        {
            return PyValue.Error;
        }

        foreach (var f in array)
        {
            if ((f.Revents & PollNval) != 0)
            {
                return PosixErrors.Raise(ts, 9);
            }
        }

        var results = new PyValue[3];
        for (var k = 0; k < 3; k++)
        {
            var ready = new List<PyValue>();
            foreach (var (obj, index) in objects[k])
            {
                if ((array[index].Revents & masks[k]) != 0)
                {
                    ready.Add(obj);
                }
            }

            results[k] = PyValue.FromObject(PyList.FromValues(ready.ToArray()));
        }

        return NativeTypes.Tuple(results);
    }
}
