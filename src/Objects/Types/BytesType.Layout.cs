namespace ProtoPython.Objects;

/// <summary>bytes/bytearray padding (center, ljust, rjust, zfill), expandtabs, translate and maketrans.</summary>
internal static partial class BytesType
{
    private static readonly string[] s_expandtabsNames = ["tabsize"];
    private static readonly string[] s_translateNames = ["table", "delete"];

    private static void InstallLayoutMethods(PyType t)
    {
        t.AddMethod("center", static (ts, a, _) => Pad(ts, a, "center"), NativeArity.Positional);
        t.AddMethod("ljust", static (ts, a, _) => Pad(ts, a, "ljust"), NativeArity.Positional);
        t.AddMethod("rjust", static (ts, a, _) => Pad(ts, a, "rjust"), NativeArity.Positional);
        t.AddMethod1("zfill", static (ts, self, w) =>
        {
            if (!BytesArgs.TryIndex(ts, w, out var width))
            {
                return PyValue.Error;
            }

            var d = Data(self);
            if (width <= d.Length)
            {
                return Unchanged(self);
            }

            var r = new byte[width];
            var fill = (int)width - d.Length;
            r.AsSpan(0, fill).Fill((byte)'0');
            d.CopyTo(r.AsSpan(fill));
            if (d.Length > 0 && d[0] is (byte)'+' or (byte)'-')
            {
                r[0] = d[0];
                r[fill] = (byte)'0';
            }

            return Make(self, r);
        });
        t.AddMethod("expandtabs", static (ts, a, kw) =>
        {
            Span<PyValue> v = new PyValue[1];
            var tab = 8L;
            if (!BytesArgs.Parse(ts, "expandtabs", a, kw, true, s_expandtabsNames, 0, 0, v)
                || (!v[0].IsNull && !BytesArgs.TryIndex(ts, v[0], out tab)))
            {
                return PyValue.Error;
            }

            var output = new List<byte>();
            var column = 0L;
            foreach (var b in Data(a[0]))
            {
                if (b == '\t')
                {
                    if (tab > 0)
                    {
                        var spaces = tab - (column % tab);
                        for (var i = 0; i < spaces; i++)
                        {
                            output.Add((byte)' ');
                        }

                        column += spaces;
                    }
                }
                else
                {
                    output.Add(b);
                    column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
                }
            }

            return Make(a[0], [.. output]);
        });
    }

    private static PyValue Pad(ThreadState ts, ReadOnlySpan<PyValue> a, string name)
    {
        if (!BytesArgs.CheckPositional(ts, name, a, 1, 2) || !BytesArgs.TryIndex(ts, a[1], out var width))
        {
            return PyValue.Error;
        }

        var fill = (byte)' ';
        if (a.Length > 2)
        {
            if (a[2].AsObject is PyBytes or PyByteArray)
            {
                var f = Data(a[2]);
                if (f.Length != 1)
                {
                    return ts.SetError(PyExc.TypeError, name + "(): argument 2 must be a byte string of length 1, not a " + a[2].Type.Name + " object of length " + f.Length);
                }

                fill = f[0];
            }
            else
            {
                return ts.SetError(PyExc.TypeError, name + "() argument 2 must be a byte string of length 1, not " + a[2].Type.Name);
            }
        }

        var d = Data(a[0]);
        if (width <= d.Length)
        {
            return Unchanged(a[0]);
        }

        var margin = (int)width - d.Length;
        var left = name switch
        {
            "ljust" => 0,
            "rjust" => margin,
            _ => (margin / 2) + (margin & (int)width & 1),
        };
        var r = new byte[width];
        r.AsSpan().Fill(fill);
        d.CopyTo(r.AsSpan(left));
        return Make(a[0], r);
    }

    private static void InstallTranslate(PyType t)
    {
        t.AddMethod("translate", static (ts, a, kw) =>
        {
            Span<PyValue> v = new PyValue[2];
            if (!BytesArgs.Parse(ts, "translate", a, kw, true, s_translateNames, 1, 1, v))
            {
                return PyValue.Error;
            }

            ReadOnlySpan<byte> table = default;
            if (!v[0].IsNone)
            {
                if (!BytesLike.TryGetArgument(ts, v[0], out table))
                {
                    return PyValue.Error;
                }

                if (table.Length != 256)
                {
                    return ts.SetError(PyExc.ValueError, "translation table must be 256 characters long");
                }
            }

            ReadOnlySpan<byte> delete = default;
            if (!v[1].IsNull && !BytesLike.TryGetArgument(ts, v[1], out delete))
            {
                return PyValue.Error;
            }

            var output = new List<byte>();
            foreach (var b in Data(a[0]))
            {
                if (!delete.Contains(b))
                {
                    output.Add(table.IsEmpty ? b : table[b]);
                }
            }

            return v[0].IsNone && delete.IsEmpty ? Unchanged(a[0]) : Make(a[0], [.. output]);
        });
        t.AddStaticMethod("maketrans", static (ts, a, _) =>
        {
            if (a.Length != 2)
            {
                return ts.SetError(PyExc.TypeError, "maketrans expected 2 arguments, got " + a.Length);
            }

            if (!BytesLike.TryGetArgument(ts, a[0], out var from) || !BytesLike.TryGetArgument(ts, a[1], out var to))
            {
                return PyValue.Error;
            }

            if (from.Length != to.Length)
            {
                return ts.SetError(PyExc.ValueError, "maketrans arguments must have same length");
            }

            var table = new byte[256];
            for (var i = 0; i < 256; i++)
            {
                table[i] = (byte)i;
            }

            for (var i = 0; i < from.Length; i++)
            {
                table[from[i]] = to[i];
            }

            return PyBytes.From(table);
        });
    }
}
