using System.Runtime.InteropServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>select.epoll</c> (Linux): register, modify, unregister, poll(timeout in seconds, maxevents),
/// close, fileno, fromfd and the context manager. poll waits with the GIL released, in slices.
/// </summary>
internal sealed partial class EpollObject : NativeObject
{
    private const int EpollCtlAdd = 1, EpollCtlDel = 2, EpollCtlMod = 3, EpollCloexec = 0x80000;

    private static readonly Lazy<PyType> s_type = new(CreateType);

    private int _fd;

    private EpollObject(PyType type, int fd)
        : base(type) => _fd = fd;

    ~EpollObject()
    {
        if (_fd >= 0)
        {
            PosixNative.Close(_fd);
        }
    }

    public static PyType EpollType => s_type.Value;

    // struct epoll_event is packed on x86-64: a 32-bit mask then the 64-bit user data.
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct EpollEvent
    {
        public uint Events;
        public ulong Data;
    }

    [LibraryImport("libc.so.6", EntryPoint = "epoll_create1", SetLastError = true)]
    private static partial int EpollCreate1(int flags);

    [LibraryImport("libc.so.6", EntryPoint = "epoll_ctl", SetLastError = true)]
    private static unsafe partial int EpollCtl(int epfd, int op, int fd, EpollEvent* ev);

    [LibraryImport("libc.so.6", EntryPoint = "epoll_wait", SetLastError = true)]
    private static unsafe partial int EpollWait(int epfd, EpollEvent* events, int maxEvents, int timeout);

    private static EpollObject Self(PyValue v) => (EpollObject)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("epoll", "select", subclassable: true);
        t.New = static (ts, type, a, kw) =>
        {
            Span<PyValue> args = new PyValue[2];
            if (!ArgParser.Parse(ts, "epoll", a, kw, ["sizehint", "flags"], 0, 0, args) || !ClinicArgs.TryInt(ts, args[0], -1, out var sizehint)
                || !ClinicArgs.TryInt(ts, args[1], 0, out _))
            {
                return PyValue.Error;
            }

            if (sizehint != -1 && sizehint <= 0)
            {
                return ts.SetError(PyExc.ValueError, "negative sizehint");
            }

            var fd = EpollCreate1(EpollCloexec);
            return fd < 0 ? PosixErrors.Raise(ts) : PyValue.FromObject(new EpollObject(type, fd));
        };
        t.AddGetSet("closed", static (ts, v) => PyValue.FromBool(Self(v)._fd < 0));
        t.AddMethod0("close", static (ts, v) =>
        {
            var e = Self(v);
            var fd = e._fd;
            e._fd = -1;
            return fd < 0 || PosixNative.Close(fd) == 0 ? PyValue.None : PosixErrors.Raise(ts);
        });
        t.AddMethod0("fileno", static (ts, v) => Self(v).CheckOpen(ts) ? PyValue.FromInt64(Self(v)._fd) : PyValue.Error);
        t.AddClassMethod("fromfd", static (ts, a, kw) =>
        {
            if (a.Length != 2 || !ClinicArgs.TryInt(ts, a[1], 0, out var fd))
            {
                return a.Length != 2 ? ts.SetError(PyExc.TypeError, "fromfd() takes exactly one argument (" + (a.Length - 1) + " given)") : PyValue.Error;
            }

            return PyValue.FromObject(new EpollObject((PyType)a[0].AsObject, fd));
        });
        t.AddMethod("register", static (ts, a, kw) => Self(a[0]).Control(ts, a[1..], kw, "register", EpollCtlAdd));
        t.AddMethod("modify", static (ts, a, kw) => Self(a[0]).Control(ts, a[1..], kw, "modify", EpollCtlMod));
        t.AddMethod("unregister", static (ts, a, kw) => Self(a[0]).Control(ts, a[1..], kw, "unregister", EpollCtlDel));
        t.AddMethod("poll", static (ts, a, kw) => Self(a[0]).Poll(ts, a[1..], kw));
        t.AddMethod0("__enter__", static (ts, v) => Self(v).CheckOpen(ts) ? v : PyValue.Error);
        t.AddMethod("__exit__", static (ts, a, kw) =>
        {
            var e = Self(a[0]);
            var fd = e._fd;
            e._fd = -1;
            return fd < 0 || PosixNative.Close(fd) == 0 ? PyValue.None : PosixErrors.Raise(ts);
        });
        SlotTable.AddWrappers(t);
        return t;
    }

    private bool CheckOpen(ThreadState ts)
    {
        if (_fd >= 0)
        {
            return true;
        }

        ts.SetError(PyExc.ValueError, "I/O operation on closed epoll object");
        return false;
    }

    private unsafe PyValue Control(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, int op)
    {
        Span<PyValue> args = new PyValue[2];
        ReadOnlySpan<string> names = op == EpollCtlDel ? ["fd"] : ["fd", "eventmask"];
        if (!ArgParser.Parse(ts, name, a, kw, names, op == EpollCtlMod ? 2 : 1, 0, args[..names.Length]))
        {
            return PyValue.Error;
        }

        if (!SelectModule.TryFileDescriptor(ts, args[0], out var fd))
        {
            return PyValue.Error;
        }

        var mask = (uint)(SelectModule.PollIn | SelectModule.PollPri | SelectModule.PollOut);
        if (!args[1].IsNull)
        {
            if (!PyOps.TryIndexAsInt64(ts, args[1], PyExc.OverflowError, out var m))
            {
                return PyValue.Error;
            }

            mask = (uint)m;
        }

        if (!CheckOpen(ts))
        {
            return PyValue.Error;
        }

        var ev = new EpollEvent { Events = mask, Data = (ulong)fd };
        return EpollCtl(_fd, op, fd, &ev) == 0 ? PyValue.None : PosixErrors.Raise(ts);
    }

    private unsafe PyValue Poll(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> args = new PyValue[2];
        if (!ArgParser.Parse(ts, "poll", a, kw, ["timeout", "maxevents"], 0, 0, args) || !ClinicArgs.TryInt(ts, args[1], -1, out var maxEvents))
        {
            return PyValue.Error;
        }

        var ms = -1;
        if (!args[0].IsNull && !args[0].IsNone && !SelectModule.TryTimeoutMs(ts, args[0], 1, out ms))
        {
            return PyValue.Error;
        }

        if (maxEvents == -1)
        {
            maxEvents = 1023;
        }
        else if (maxEvents < 1)
        {
            return ts.SetError(PyExc.ValueError, "maxevents must be greater than 0, got " + maxEvents);
        }

        if (!CheckOpen(ts))
        {
            return PyValue.Error;
        }

        var events = new EpollEvent[maxEvents];
        var epfd = _fd;
        var count = 0;
        var errno = 0;
        bool TryWait(TimeSpan span)
        {
            fixed (EpollEvent* p = events)
            {
                var n = EpollWait(epfd, p, events.Length, (int)Math.Ceiling(span.TotalMilliseconds));
                if (n < 0)
                {
                    errno = Marshal.GetLastPInvokeError();
                    return errno != 4;
                }

                count = n;
                return n > 0;
            }
        }

        if (ms == 0)
        {
            TryWait(TimeSpan.Zero);
        }
        else if (BlockingWait.Wait(ts, TryWait, ms < 0 ? -1 : ms / 1000.0) < 0)
        {
            return PyValue.Error;
        }

        if (errno != 0 && errno != 4)
        {
            return PosixErrors.Raise(ts, errno);
        }

        var items = new PyValue[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = NativeTypes.Tuple(PyValue.FromInt64((long)events[i].Data), PyValue.FromInt64(events[i].Events));
        }

        return PyValue.FromObject(PyList.FromValues(items));
    }
}
