using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_io</c>: the classes <c>io.py</c> re-exports, with CPython's names, and <c>open()</c>
/// (which is also <c>builtins.open</c>).
/// </summary>
internal sealed class IoModule : INativeModule
{
    public const int DefaultBufferSize = 128 * 1024;

    private static readonly Lazy<PyType> s_unsupported = new(() =>
    {
        var ts = ThreadState.Current;
        var dict = new PyDict();
        dict.SetStr(Objects.Names.Module, PyValue.FromObject(PyStr.Intern("io")));
        var t = PyOps.Call(ts, PyValue.FromObject(PyType.TypeType),
            [PyValue.FromObject(PyStr.Intern("UnsupportedOperation")), PyValue.FromObject(new PyTuple([PyValue.FromObject(PyExc.OSError), PyValue.FromObject(PyExc.ValueError)])), PyValue.FromObject(dict)]);
        return (PyType)t.AsObject;
    });

    private static readonly Lazy<PyBuiltinFunction> s_open = new(() => new PyBuiltinFunction("open", Open, NativeArity.Any, "_io"));

    public static PyType UnsupportedOperation => s_unsupported.Value;

    /// <summary>The <c>open</c> function (builtins.open is the same object, as in CPython).</summary>
    public static PyBuiltinFunction OpenFunction => s_open.Value;

    public string Name => "_io";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_io");
        m.Add("DEFAULT_BUFFER_SIZE", PyValue.FromInt64(DefaultBufferSize));
        m.Add("UnsupportedOperation", PyValue.FromObject(UnsupportedOperation));
        m.Add("BlockingIOError", PyValue.FromObject(PyExc.BlockingIOError));
        m.Add("_IOBase", PyValue.FromObject(IoBase.IOBase));
        m.Add("_RawIOBase", PyValue.FromObject(IoBase.RawIOBase));
        m.Add("_BufferedIOBase", PyValue.FromObject(IoBase.BufferedIOBase));
        m.Add("_TextIOBase", PyValue.FromObject(IoBase.TextIOBase));
        m.Add("FileIO", PyValue.FromObject(FileIOObject.TypeObject));
        m.Add("BytesIO", PyValue.FromObject(BytesIOObject.TypeObject));
        m.Add("StringIO", PyValue.FromObject(StringIOObject.TypeObject));
        m.Add("BufferedReader", PyValue.FromObject(BufferedObject.Reader));
        m.Add("BufferedWriter", PyValue.FromObject(BufferedObject.WriterType));
        m.Add("BufferedRandom", PyValue.FromObject(BufferedObject.Random));
        m.Add("BufferedRWPair", PyValue.FromObject(BufferedObject.Pair));
        m.Add("TextIOWrapper", PyValue.FromObject(TextIOObject.TypeObject));
        m.Add("IncrementalNewlineDecoder", PyValue.FromObject(NewlineDecoder.TypeObject));
        m.Add("open", PyValue.FromObject(OpenFunction));
        m.AddFunction("open_code", static (ts, a, kw) => Open(ts, [a[0], PyValue.FromObject(PyStr.Intern("rb"))], null), NativeArity.One);
        m.AddFunction("text_encoding", static (ts, a, kw) => a.Length > 0 && !a[0].IsNone ? a[0] : PyValue.FromObject(PyStr.Intern("utf-8")), NativeArity.Positional);
        return m;
    }

    // open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
    private static PyValue Open(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var args = new PyValue[8];
        if (!ArgParser.Parse(ts, "open", a, kw, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1, 0, args))
        {
            return PyValue.Error;
        }

        var file = args[0];
        if (!file.IsExactInt && file.AsObject is not (PyStr or PyBytes))
        {
            file = PosixPath.FsPath(ts, file, "expected str, bytes or os.PathLike object, not ");
            if (file.IsError)
            {
                return file;
            }
        }

        var mode = args[1].IsNull ? "r" : args[1].AsObject is PyStr ms ? ms.Value : null;
        if (mode is null)
        {
            return ts.SetError(PyExc.TypeError, "open() argument 'mode' must be str, not " + args[1].Type.Name);
        }

        foreach (var c in mode)
        {
            if ("rwxabt+".IndexOf(c) < 0 || mode.IndexOf(c) != mode.LastIndexOf(c))
            {
                return ts.SetError(PyExc.ValueError, "invalid mode: '" + mode + "'");
            }
        }

        if (mode.Count(c => c is 'r' or 'w' or 'x' or 'a') > 1)
        {
            return ts.SetError(PyExc.ValueError, "must have exactly one of create/read/write/append mode");
        }

        var binary = mode.Contains('b');
        if (binary && mode.Contains('t'))
        {
            return ts.SetError(PyExc.ValueError, "can't have text and binary mode at once");
        }

        if (binary && !args[3].IsNull && !args[3].IsNone)
        {
            return ts.SetError(PyExc.ValueError, "binary mode doesn't take an encoding argument");
        }

        if (binary && !args[5].IsNull && !args[5].IsNone)
        {
            return ts.SetError(PyExc.ValueError, "binary mode doesn't take a newline argument");
        }

        long buffering = -1;
        if (!args[2].IsNull && !PyOps.TryIndexAsInt64(ts, args[2], PyExc.OverflowError, out buffering))
        {
            return PyValue.Error;
        }

        var rawMode = new string([.. mode.Where(c => c is not ('t' or 'b'))]) + "b";
        var raw = PyOps.Call(ts, PyValue.FromObject(FileIOObject.TypeObject),
            [file, PyValue.FromObject(new PyStr(rawMode)), args[6].IsNull ? PyValue.True : args[6], args[7].IsNull ? PyValue.None : args[7]]);
        if (raw.IsError)
        {
            return raw;
        }

        if (buffering == 0)
        {
            if (!binary)
            {
                IoBase.Call(ts, raw, "close");
                return ts.SetError(PyExc.ValueError, "can't have unbuffered text I/O");
            }

            return raw;
        }

        var kind = mode.Contains('+') ? BufferedObject.Random : mode.Contains('r') ? BufferedObject.Reader : BufferedObject.WriterType;
        var buffered = PyOps.Call(ts, PyValue.FromObject(kind), [raw]);
        if (buffered.IsError || binary)
        {
            return buffered;
        }

        var isatty = IoBase.Call(ts, raw, "isatty");
        var lineBuffering = buffering == 1 || (!isatty.IsError && isatty.IsBool && isatty.AsInt64 != 0);
        ts.ClearError();
        var text = PyOps.Call(ts, PyValue.FromObject(TextIOObject.TypeObject),
            [buffered, args[3].IsNull ? PyValue.None : args[3], args[4].IsNull ? PyValue.None : args[4], args[5].IsNull ? PyValue.None : args[5], PyValue.FromBool(lineBuffering)]);
        if (text.AsObject is IoObject io)
        {
            io.GetDict(true)!.SetStr(PyStr.Intern("mode"), PyValue.FromObject(new PyStr(mode)));
        }

        return text;
    }
}

/// <summary>_io.IncrementalNewlineDecoder: universal newlines over another decoder's output (translate=True) or just their record.</summary>
internal sealed class NewlineDecoder(PyType type) : IoObject(type)
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private PyValue _decoder = PyValue.None;
    private bool _translate;
    private bool _pendingCr;

    public static PyType TypeObject => s_type.Value;

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("IncrementalNewlineDecoder", PyType.Object, TypeFlags.BaseType, "_io");
        t.New = static (ts, type, a, kw) => PyValue.FromObject(new NewlineDecoder(type));
        t.Init = static (ts, self, a, kw) =>
        {
            var args = new PyValue[3];
            if (!ArgParser.Parse(ts, "IncrementalNewlineDecoder", a, kw, ["decoder", "translate", "errors"], 2, 0, args))
            {
                return false;
            }

            var d = (NewlineDecoder)self.AsObject;
            d._decoder = args[0];
            d._translate = PyOps.IsTrue(ts, args[1]) > 0;
            return true;
        };
        t.AddMethod("decode", static (ts, a, kw) =>
        {
            var d = (NewlineDecoder)a[0].AsObject;
            var final = a.Length > 2 && PyOps.IsTrue(ts, a[2]) > 0;
            var output = d._decoder.IsNone ? a[1] : IoBase.Call(ts, d._decoder, "decode", a[1], PyValue.FromBool(final));
            if (output.IsError || output.AsObject is not PyStr s)
            {
                return output.IsError ? output : ts.SetError(PyExc.TypeError, "decoder should return a string result");
            }

            var text = (d._pendingCr ? "\r" : "") + s.Value;
            d._pendingCr = !final && text.EndsWith('\r');
            if (d._pendingCr)
            {
                text = text[..^1];
            }

            if (d._translate)
            {
                text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            }

            return PyValue.FromObject(new PyStr(text));
        });
        t.AddMethod0("reset", static (ts, v) =>
        {
            var d = (NewlineDecoder)v.AsObject;
            d._pendingCr = false;
            return d._decoder.IsNone ? PyValue.None : IoBase.Call(ts, d._decoder, "reset");
        });
        t.AddMethod0("getstate", static (ts, v) => PyValue.FromObject(new PyTuple([PyBytes.From([]), PyValue.FromInt64(((NewlineDecoder)v.AsObject)._pendingCr ? 1 : 0)])));
        t.AddMethod("setstate", static (ts, a, kw) => PyValue.None);
        t.AddGetSet("newlines", static (ts, v) => PyValue.None);
        SlotTable.AddWrappers(t);
        return t;
    }
}
