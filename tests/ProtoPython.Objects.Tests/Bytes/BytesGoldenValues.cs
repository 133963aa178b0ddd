using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace ProtoPython.Objects.Tests.Bytes;

/// <summary>
/// Builds the inputs of tools/objects/record_bytes.py's cases as PyValues and renders results in
/// the recorder's canonical form ("b:6162", "[i:1;s:61]", "!TypeError: message").
/// </summary>
internal static class BytesGoldenValues
{
    public static PyValue Build(ThreadState ts, JsonElement e)
    {
        var prop = e.EnumerateObject().First();
        var v = prop.Value;
        switch (prop.Name)
        {
            case "none":
                return PyValue.None;
            case "bool":
                return PyValue.FromBool(v.GetBoolean());
            case "i":
                return PyValue.FromBigInteger(BigInteger.Parse(v.GetString()!, CultureInfo.InvariantCulture));
            case "f":
                return PyValue.FromDouble(BitConverter.Int64BitsToDouble(long.Parse(v.GetString()!, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            case "s":
                return PyValue.FromObject(new PyStr(v.EnumerateArray().Select(x => x.GetInt32()).ToArray()));
            case "b":
                return PyBytes.From(Convert.FromHexString(v.GetString()!));
            case "ba":
                return PyValue.FromObject(new PyByteArray(Convert.FromHexString(v.GetString()!)));
            case "t":
                return PyValue.FromObject(new PyTuple(v.EnumerateArray().Select(x => Build(ts, x)).ToArray()));
            case "l":
            case "iter":
                var list = PyValue.FromObject(PyList.FromValues(v.EnumerateArray().Select(x => Build(ts, x)).ToArray()));
                return prop.Name == "l" ? list : PyOps.GetIter(ts, list);
            case "d":
                var dict = new PyDict();
                foreach (var pair in v.EnumerateArray())
                {
                    dict.SetItem(ts, Build(ts, pair[0]), Build(ts, pair[1]));
                }

                return PyValue.FromObject(dict);
            case "slice":
                return TestSlices.Make(ts, Build(ts, v[0]), Build(ts, v[1]), Build(ts, v[2]));
            case "mv":
                var data = Convert.FromHexString(v.GetString()!);
                PyObject source = e.GetProperty("of").GetString() == "b" ? new PyBytes(data) : new PyByteArray(data);
                var view = PyValue.FromObject(PyMemoryView.Over(source));
                var sl = e.GetProperty("sl");
                if (sl.ValueKind == JsonValueKind.Array)
                {
                    var parts = sl.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Null ? PyValue.None : PyValue.FromInt64(x.GetInt64())).ToArray();
                    view = PyOps.GetItem(ts, view, TestSlices.Make(ts, parts[0], parts[1], parts[2]));
                }

                return view;
            case "name":
                return PyValue.FromObject(new PyStr(v.GetString()!));
            default:
                throw new InvalidDataException("unknown input kind " + prop.Name);
        }
    }

    public static string Canon(ThreadState ts, PyValue v)
    {
        if (v.IsNone)
        {
            return "None";
        }

        if (v.IsBool)
        {
            return v.AsInt64 != 0 ? "True" : "False";
        }

        if (v.IsInt64 || v.IsBigInt)
        {
            return "i:" + PyInt.ToDecimalString(v);
        }

        if (v.IsFloat)
        {
            return "f:" + ProtoPython.Objects.Formatting.FloatRepr.Format(v.AsDouble);
        }

        return v.AsObject switch
        {
            PyStr s => "s:" + string.Join(",", s.CodePoints.ToArray().Select(c => c.ToString("x", CultureInfo.InvariantCulture))),
            PyBytes b => "b:" + Convert.ToHexStringLower(b.Span),
            PyByteArray ba => "ba:" + Convert.ToHexStringLower(ba.Span),
            PyMemoryView m => "mv:" + Convert.ToHexStringLower(m.ToArray()),
            PyList l => "[" + string.Join(";", Enumerable.Range(0, l.Count).Select(i => Canon(ts, PyOps.GetItem(ts, v, PyValue.FromInt64(i))))) + "]",
            PyTuple t => "(" + string.Join(";", t.Items.ToArray().Select(x => Canon(ts, x))) + ")",
            _ => "r:" + (PyOps.Repr(ts, v)?.Value ?? "<repr failed>"),
        };
    }

    public static string CanonError(ThreadState ts)
    {
        var e = ts.FetchError()!;
        // Builtin exception subclasses get BaseException's __str__ slot from the exceptions work in
        // parallel; until then the message is read directly (Unicode errors format their own).
        var text = e is PyUnicodeErrorObject ? PyOps.Str(ts, PyValue.FromObject(e))?.Value ?? "<str failed>" : e.Message;
        var sb = new StringBuilder("!").Append(e.Type.Name).Append(": ").Append(text);
        if (e is PyUnicodeErrorObject u)
        {
            sb.Append(" @").Append(u.Start).Append(',').Append(u.End).Append(',').Append(((PyStr)u.Reason.AsObject).Value).Append(',').Append(((PyStr)u.Encoding.AsObject).Value);
        }

        return sb.ToString();
    }
}

/// <summary>
/// slice objects for the tests: the real slice type when it can be called, else a stand-in of
/// type slice whose start/stop/step are read through attributes, as the bytes code reads them.
/// </summary>
internal static class TestSlices
{
    private static readonly Lock s_lock = new();

    public static PyValue Make(ThreadState ts, PyValue start, PyValue stop, PyValue step)
    {
        if (PyType.Slice.New is not null)
        {
            var real = PyOps.Call(ts, PyValue.FromObject(PyType.Slice), [start, stop, step]);
            if (!real.IsError)
            {
                return real;
            }

            ts.ClearError();
        }

        lock (s_lock)
        {
            if (!PyType.Slice.TryGetOwn("start", out _))
            {
                PyType.Slice.AddGetSet("start", static (t, v) => ((StandInSlice)v.AsObject).Start);
                PyType.Slice.AddGetSet("stop", static (t, v) => ((StandInSlice)v.AsObject).Stop);
                PyType.Slice.AddGetSet("step", static (t, v) => ((StandInSlice)v.AsObject).Step);
            }
        }

        return PyValue.FromObject(new StandInSlice(start, stop, step));
    }

    private sealed class StandInSlice(PyValue start, PyValue stop, PyValue step) : PyObject(PyType.Slice)
    {
        public PyValue Start { get; } = start;

        public PyValue Stop { get; } = stop;

        public PyValue Step { get; } = step;
    }
}
