using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>_csv.writer</c>: writerow/writerows join fields with the dialect's quoting and escaping and call write.</summary>
internal sealed class CsvWriter : NativeObject
{
    private static readonly Lazy<PyType> s_type = new(() =>
    {
        var t = NativeTypes.Create("writer", "_csv", subclassable: false);
        t.AddMethod1("writerow", static (ts, v, row) => ((CsvWriter)v.AsObject).WriteRow(ts, row));
        t.AddMethod1("writerows", static (ts, v, rows) => ((CsvWriter)v.AsObject).WriteRows(ts, rows));
        t.AddMember("dialect", static (ts, v) => PyValue.FromObject(((CsvWriter)v.AsObject)._dialect));
        SlotTable.AddWrappers(t);
        return t;
    });

    private readonly PyValue _write;
    private readonly CsvDialect _dialect;
    private readonly StringBuilder _record = new();
    private int _fieldCount;

    public CsvWriter(PyValue write, CsvDialect dialect)
        : base(s_type.Value)
    {
        _write = write;
        _dialect = dialect;
    }

    public static PyType TypeObject => s_type.Value;

    private static bool IsNumber(PyValue v) =>
        v.IsBool || v.IsExactInt || v.IsFloat || v.Type.Index is not null || v.Type.ToInt is not null || v.Type.ToFloat is not null || v.AsObject is PyComplex;

    private PyValue WriteRows(ThreadState ts, PyValue rows)
    {
        var iter = PyOps.GetIter(ts, rows);
        if (iter.IsError)
        {
            return iter;
        }

        while (true)
        {
            var r = PyOps.Next(ts, iter, out var row);
            if (r <= 0)
            {
                return r < 0 ? PyValue.Error : PyValue.None;
            }

            if (WriteRow(ts, row).IsError)
            {
                return PyValue.Error;
            }
        }
    }

    private PyValue WriteRow(ThreadState ts, PyValue row)
    {
        var d = _dialect;
        var iter = PyOps.GetIter(ts, row);
        if (iter.IsError)
        {
            if (ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                ts.SetError(CsvModule.Error, "iterable expected, not " + row.Type.Name);
            }

            return PyValue.Error;
        }

        _record.Clear();
        _fieldCount = 0;
        var nullField = false;
        while (true)
        {
            var r = PyOps.Next(ts, iter, out var field);
            if (r < 0)
            {
                return PyValue.Error;
            }

            if (r == 0)
            {
                break;
            }

            var quoted = d.Quoting switch
            {
                CsvDialect.QuoteNonNumeric => !IsNumber(field),
                CsvDialect.QuoteAll => true,
                CsvDialect.QuoteStrings => field.AsObject is PyStr,
                CsvDialect.QuoteNotNull => !field.IsNone,
                _ => false,
            };
            nullField = field.IsNone;
            string? text;
            if (field.AsObject is PyStr s)
            {
                text = s.Value;
            }
            else if (nullField)
            {
                text = null;
            }
            else
            {
                var str = PyOps.Str(ts, field);
                if (str is null)
                {
                    return PyValue.Error;
                }

                text = str.Value;
            }

            if (!Append(ts, text, quoted))
            {
                return PyValue.Error;
            }
        }

        if (_fieldCount > 0 && _record.Length == 0)
        {
            if (d.Quoting == CsvDialect.QuoteNone || (nullField && d.Quoting is CsvDialect.QuoteStrings or CsvDialect.QuoteNotNull))
            {
                return ts.SetError(CsvModule.Error, "single empty field record must be quoted");
            }

            _fieldCount--;
            if (!Append(ts, null, true))
            {
                return PyValue.Error;
            }
        }

        _record.Append(d.LineTerminator);
        return PyOps.Call(ts, _write, [NativeTypes.Str(_record.ToString())]);
    }

    private bool Append(ThreadState ts, string? field, bool quoted)
    {
        var d = _dialect;
        if (string.IsNullOrEmpty(field) && d.Delimiter == ' ' && d.SkipInitialSpace)
        {
            if (d.Quoting == CsvDialect.QuoteNone || (field is null && d.Quoting is CsvDialect.QuoteStrings or CsvDialect.QuoteNotNull))
            {
                ts.SetError(CsvModule.Error, "empty field must be quoted if delimiter is a space and skipinitialspace is true");
                return false;
            }

            quoted = true;
        }

        var body = new StringBuilder();
        field ??= "";
        for (var i = 0; i < field.Length; i++)
        {
            int c = field[i];
            var width = 1;
            if (char.IsHighSurrogate(field[i]) && i + 1 < field.Length && char.IsLowSurrogate(field[i + 1]))
            {
                c = char.ConvertToUtf32(field[i], field[i + 1]);
                width = 2;
            }

            var special = c == d.Delimiter || c == d.EscapeChar || c == d.QuoteChar || c == '\n' || c == '\r'
                || d.LineTerminator.Contains(field.AsSpan(i, width), StringComparison.Ordinal);
            if (special)
            {
                var wantEscape = false;
                if (d.Quoting == CsvDialect.QuoteNone)
                {
                    wantEscape = true;
                }
                else
                {
                    if (c == d.QuoteChar)
                    {
                        if (d.DoubleQuote)
                        {
                            body.Append(char.ConvertFromUtf32(d.QuoteChar));
                        }
                        else
                        {
                            wantEscape = true;
                        }
                    }
                    else if (c == d.EscapeChar)
                    {
                        wantEscape = true;
                    }

                    if (!wantEscape)
                    {
                        quoted = true;
                    }
                }

                if (wantEscape)
                {
                    if (d.EscapeChar == CsvDialect.NotSet)
                    {
                        ts.SetError(CsvModule.Error, "need to escape, but no escapechar set");
                        return false;
                    }

                    body.Append(char.ConvertFromUtf32(d.EscapeChar));
                }
            }

            body.Append(field, i, width);
            i += width - 1;
        }

        if (_fieldCount > 0)
        {
            _record.Append(char.ConvertFromUtf32(d.Delimiter));
        }

        if (quoted)
        {
            _record.Append(char.ConvertFromUtf32(d.QuoteChar)).Append(body).Append(char.ConvertFromUtf32(d.QuoteChar));
        }
        else
        {
            _record.Append(body);
        }

        _fieldCount++;
        return true;
    }
}
