using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>select.poll</c> objects: register, modify, unregister, poll(timeout in ms).</summary>
internal sealed class PollObject() : NativeObject(s_type.Value)
{
    private static readonly Lazy<PyType> s_type = new(() =>
    {
        var t = NativeTypes.Create("poll", "select", subclassable: false);
        t.AddMethod("register", static (ts, a, kw) => Self(a[0]).Register(ts, a[1..], kw, modify: false));
        t.AddMethod("modify", static (ts, a, kw) => Self(a[0]).Register(ts, a[1..], kw, modify: true));
        t.AddMethod1("unregister", static (ts, v, fdObj) =>
        {
            if (!SelectModule.TryFileDescriptor(ts, fdObj, out var fd))
            {
                return PyValue.Error;
            }

            return Self(v)._fds.Remove(fd) ? PyValue.None : ts.SetError(PyExc.KeyError, [PyValue.FromInt64(fd)]);
        });
        t.AddMethod("poll", static (ts, a, kw) => Self(a[0]).Poll(ts, a[1..], kw));
        SlotTable.AddWrappers(t);
        return t;
    });

    private readonly Dictionary<int, short> _fds = [];

    private static PollObject Self(PyValue v) => (PollObject)v.AsObject;

    private PyValue Register(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, bool modify)
    {
        var name = modify ? "modify" : "register";
        if (!ArgParser.CheckPositional(ts, name, a, kw, modify ? 2 : 1, 2) || !SelectModule.TryFileDescriptor(ts, a[0], out var fd))
        {
            return PyValue.Error;
        }

        var mask = SelectModule.PollIn | SelectModule.PollPri | SelectModule.PollOut;
        if (a.Length > 1)
        {
            if (!PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var m))
            {
                return PyValue.Error;
            }

            if (m is < 0 or > ushort.MaxValue)
            {
                return ts.SetError(PyExc.OverflowError, m < 0 ? "can't convert negative int to unsigned" : "Python int too large for C unsigned short");
            }

            mask = (int)m;
        }

        if (modify && !_fds.ContainsKey(fd))
        {
            return PosixErrors.Raise(ts, 2);
        }

        _fds[fd] = (short)mask;
        return PyValue.None;
    }

    private PyValue Poll(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "poll", a, kw, 0, 1) || !SelectModule.TryTimeoutMs(ts, a.Length > 0 ? a[0] : PyValue.None, 0.001, out var ms))
        {
            return PyValue.Error;
        }

        var array = new SelectModule.PollFd[_fds.Count];
        var i = 0;
        foreach (var (fd, events) in _fds)
        {
            array[i++] = new SelectModule.PollFd { Fd = fd, Events = events };
        }

        if (SelectModule.RunPoll(ts, array, ms) < 0)
        {
            return PyValue.Error;
        }

        var ready = new List<PyValue>();
        foreach (var f in array)
        {
            if (f.Revents != 0)
            {
                ready.Add(NativeTypes.Tuple(PyValue.FromInt64(f.Fd), PyValue.FromInt64((ushort)f.Revents)));
            }
        }

        return PyValue.FromObject(PyList.FromValues(ready.ToArray()));
    }
}
