using ProtoPython.Objects;

namespace ProtoPython.Runtime.IO;

/// <summary>The Python face of <see cref="PyTextStream"/>: its type and methods.</summary>
public sealed partial class PyTextStream
{
    private static readonly string[] s_sizeNames = ["", ""];

    private static PyType CreateType()
    {
        BuiltinTypes.Initialize();
        AppDomain.CurrentDomain.ProcessExit += static (_, _) => FlushAll();
        var t = PyType.CreateRuntimeType("TextIOWrapper", PyType.Object, TypeFlags.BaseType, "_io");
        t.GetAttr = PyOps.GenericGetAttr;
        t.SetAttr = PyOps.GenericSetAttr;
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr(v.AsObject.ToString()!));
        t.Iter = static (ts, v) => Of(v).CheckOpen(ts) ? v : PyValue.Error;
        t.IterNext = static (ThreadState ts, PyValue v, out PyValue item) =>
        {
            item = Of(v).ReadLine(ts);
            return item.IsError ? -1 : ((PyStr)item.AsObject).Length > 0 ? 1 : 0;
        };
        t.AddMethod1("write", static (ts, self, s) => s.AsObject is PyStr text
            ? Of(self).Write(ts, text) is var n and >= 0 ? PyValue.FromInt64(n) : PyValue.Error
            : ts.SetError(PyExc.TypeError, "write() argument must be str, not " + s.Type.Name));
        t.AddMethod1("writelines", static (ts, self, lines) =>
        {
            // IOBase.writelines: self.write(line) for each line.
            if (!Of(self).CheckOpen(ts))
            {
                return PyValue.Error;
            }

            var it = PyOps.GetIter(ts, lines);
            while (!it.IsError && PyOps.Next(ts, it, out var line) is var r && r != 0)
            {
                if (r < 0 || PyOps.CallMethod(ts, self, PyStr.Intern("write"), [line]).IsError)
                {
                    return PyValue.Error;
                }
            }

            return it.IsError ? it : PyValue.None;
        });
        t.AddMethod0("flush", static (ts, self) => Of(self).Flush(ts) ? PyValue.None : PyValue.Error);
        t.AddMethod0("close", static (ts, self) =>
        {
            Of(self).Close();
            return PyValue.None;
        });
        t.AddMethod("read", static (ts, a, kw) => Size(ts, "read", a, kw, out var n) ? Of(a[0]).Read(ts, n) : PyValue.Error);
        t.AddMethod("readline", static (ts, a, kw) => Size(ts, "readline", a, kw, out var n) ? Of(a[0]).ReadLine(ts, n) : PyValue.Error);
        t.AddMethod("readlines", static (ts, a, kw) => Size(ts, "readlines", a, kw, out var n) ? ReadLines(ts, Of(a[0]), n) : PyValue.Error);
        t.AddMethod0("isatty", static (ts, self) => Of(self).CheckOpen(ts) ? PyValue.FromBool(Of(self).IsATty) : PyValue.Error);
        t.AddMethod0("fileno", static (ts, self) => PyValue.FromInt64(Of(self).FileNo));
        t.AddMethod0("readable", static (ts, self) => Of(self).CheckOpen(ts) ? PyValue.FromBool(Of(self).Readable) : PyValue.Error);
        t.AddMethod0("writable", static (ts, self) => Of(self).CheckOpen(ts) ? PyValue.FromBool(Of(self).Writable) : PyValue.Error);
        t.AddMethod0("seekable", static (ts, self) => Of(self).CheckOpen(ts) ? PyValue.False : PyValue.Error);
        t.AddMethod0("__enter__", static (ts, self) => Of(self).CheckOpen(ts) ? self : PyValue.Error);
        t.AddMethod("__exit__", static (ts, a, kw) =>
        {
            Of(a[0]).Close();
            return PyValue.None;
        });
        t.AddGetSet("closed", static (ts, v) => PyValue.FromBool(Of(v).Closed));
        t.AddGetSet("buffer", static (ts, v) => PyValue.FromObject(Of(v).BufferObject));
        t.AddGetSet("write_through", static (ts, v) => PyValue.False);
        t.AddGetSet("encoding", static (ts, v) => PyValue.FromObject(PyStr.Intern("utf-8")));
        t.AddGetSet("errors", static (ts, v) => PyValue.FromObject(PyStr.Intern(Of(v).Errors)));
        t.AddGetSet("name", static (ts, v) => PyValue.FromObject(new PyStr(Of(v).Name)));
        t.AddGetSet("mode", static (ts, v) => PyValue.FromObject(PyStr.Intern(Of(v).Mode)));
        t.AddGetSet("line_buffering", static (ts, v) => PyValue.FromBool(Of(v).LineBuffering));
        t.AddGetSet("newlines", static (ts, v) => PyValue.None);
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyTextStream Of(PyValue v) => (PyTextStream)v.AsObject;

    // The optional size/hint argument: an int, or None for "all".
    private static bool Size(ThreadState ts, string fname, ReadOnlySpan<PyValue> args, PyTuple? kwnames, out long size)
    {
        size = -1;
        var pBuffer = default(ArgBuffer);
        Span<PyValue> p = pBuffer;
        if (!ArgParser.Parse(ts, fname, args, kwnames, s_sizeNames, 1, 2, p))
        {
            return false;
        }

        if (p[1].IsNull || p[1].IsNone)
        {
            return true;
        }

        if (!PyInt.IsInt(p[1]) && p[1].Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, "argument should be integer or None, not '" + p[1].Type.Name + "'");
            return false;
        }

        return PyOps.TryIndexAsInt64(ts, p[1], PyExc.OverflowError, out size);
    }

    private static PyValue ReadLines(ThreadState ts, PyTextStream s, long hint)
    {
        var list = new PyList();
        long total = 0;
        while (true)
        {
            var line = s.ReadLine(ts);
            if (line.IsError)
            {
                return line;
            }

            var n = ((PyStr)line.AsObject).Length;
            if (n == 0)
            {
                return PyValue.FromObject(list);
            }

            list.Append(line);
            total += n;
            if (hint > 0 && total >= hint)
            {
                return PyValue.FromObject(list);
            }
        }
    }
}
