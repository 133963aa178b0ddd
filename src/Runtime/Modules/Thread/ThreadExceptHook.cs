using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_thread._excepthook</c> and <c>_thread._ExceptHookArgs</c>, threading's default excepthook:
/// "Exception in thread NAME:" and the traceback on sys.stderr (or the thread's saved
/// <c>_stderr</c> when sys.stderr is None); SystemExit is ignored.
/// </summary>
internal static class ThreadExceptHook
{
    public static readonly Lazy<PyType> ArgsType = new(() =>
        StructSequenceType.Create("_ExceptHookArgs", "_thread", ["exc_type", "exc_value", "exc_traceback", "thread"]));

    public static PyValue Hook(ThreadState ts, PythonRuntime runtime, PyValue args)
    {
        if (!ReferenceEquals(args.Type, ArgsType.Value) || args.AsObject is not PyTuple { Length: >= 4 } fields)
        {
            return ts.SetError(PyExc.TypeError, "_thread._excepthook argument type must be ExceptHookArgs");
        }

        if (fields[0].AsObject is PyType type && ReferenceEquals(type, PyExc.SystemExit))
        {
            return PyValue.None;
        }

        var thread = fields[3];
        if (!runtime.Sys.TryGetStr(PyStr.Intern("stderr"), out var file) || file.IsNone)
        {
            if (thread.IsNone)
            {
                return PyValue.None;
            }

            file = PyOps.GetAttr(ts, thread, PyStr.Intern("_stderr"));
            if (file.IsError)
            {
                return file;
            }

            if (file.IsNone)
            {
                return PyValue.None;
            }
        }

        var name = "";
        if (!thread.IsNone)
        {
            var found = PyOps.TryGetAttr(ts, thread, PyStr.Intern("name"), out var n);
            if (found < 0)
            {
                return PyValue.Error;
            }

            if (found > 0)
            {
                var s = PyOps.Str(ts, n);
                if (s is null)
                {
                    return PyValue.Error;
                }

                name = s.Value;
            }
            else
            {
                name = ThreadIdent.Current.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        else
        {
            name = ThreadIdent.Current.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (PyOps.CallMethod(ts, file, PyStr.Intern("write"), [PyValue.FromObject(new PyStr("Exception in thread " + name + ":\n"))]).IsError)
        {
            return PyValue.Error;
        }

        Errors.ExceptHook.DisplayTo(runtime, ts, file, fields[1], fields[2]);
        return PyOps.CallMethod(ts, file, PyStr.Intern("flush"), []).IsError ? PyValue.Error : PyValue.None;
    }
}
