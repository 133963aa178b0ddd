using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_csv.reader</c>: an iterator of rows over an iterator of lines, with CPython's parser states
/// (a record may span lines inside quotes or after an escaped newline).
/// </summary>
internal sealed class CsvReader : NativeIterator
{
    private const int Eol = -2;

    private static readonly Lazy<PyType> s_type = new(() =>
    {
        var t = NativeTypes.CreateIterator("reader", "_csv", subclassable: false, create: null);
        t.AddMember("dialect", static (ts, v) => PyValue.FromObject(((CsvReader)v.AsObject)._dialect));
        t.AddMember("line_num", static (ts, v) => PyValue.FromInt64(((CsvReader)v.AsObject)._lineNum));
        SlotTable.AddWrappers(t);
        return t;
    });

    private readonly PyValue _input;
    private readonly CsvDialect _dialect;
    private readonly StringBuilder _field = new();
    private PyList _fields = new();
    private State _state;
    private long _fieldLength;
    private bool _unquotedField;
    private long _lineNum;

    public CsvReader(PyValue input, CsvDialect dialect)
        : base(s_type.Value)
    {
        _input = input;
        _dialect = dialect;
    }

    private enum State { StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField, QuoteInQuotedField, EatCrNl, AfterEscapedCrNl }

    public static PyType TypeObject => s_type.Value;

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = PyValue.Null;
        _fields = new PyList();
        _field.Clear();
        _fieldLength = 0;
        _state = State.StartRecord;
        _unquotedField = false;
        do
        {
            var r = PyOps.Next(ts, _input, out var line);
            if (r <= 0)
            {
                if (r < 0)
                {
                    return -1;
                }

                if (_fieldLength != 0 || _state == State.InQuotedField)
                {
                    if (_dialect.Strict)
                    {
                        ts.SetError(CsvModule.Error, "unexpected end of data");
                        return -1;
                    }

                    if (!SaveField(ts))
                    {
                        return -1;
                    }

                    break;
                }

                return 0;
            }

            if (line.AsObject is not PyStr s)
            {
                ts.SetError(CsvModule.Error, "iterator should return strings, not " + line.Type.Name + " (the file should be opened in text mode)");
                return -1;
            }

            _lineNum++;
            var text = s.Value;
            for (var i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    c = char.ConvertToUtf32(text[i], text[i + 1]);
                    i++;
                }

                if (!Process(ts, c))
                {
                    return -1;
                }
            }

            if (!Process(ts, Eol))
            {
                return -1;
            }
        }
        while (_state != State.StartRecord);

        item = PyValue.FromObject(_fields);
        return 1;
    }

    private bool SaveField(ThreadState ts)
    {
        var quoting = _dialect.Quoting;
        PyValue field;
        if (_unquotedField && _fieldLength == 0 && quoting is CsvDialect.QuoteNotNull or CsvDialect.QuoteStrings)
        {
            field = PyValue.None;
        }
        else
        {
            field = NativeTypes.Str(_field.ToString());
            if (_unquotedField && _fieldLength != 0 && quoting is CsvDialect.QuoteNonNumeric or CsvDialect.QuoteStrings)
            {
                field = PyOps.Call(ts, PyValue.FromObject(PyType.Float), [field]);
                if (field.IsError)
                {
                    return false;
                }
            }

            _field.Clear();
            _fieldLength = 0;
        }

        _fields.Append(field);
        return true;
    }

    private bool Add(ThreadState ts, int c)
    {
        if (_fieldLength >= CsvModule.FieldLimit)
        {
            ts.SetError(CsvModule.Error, "field larger than field limit (" + CsvModule.FieldLimit + ")");
            return false;
        }

        if (c > 0xFFFF)
        {
            _field.Append(char.ConvertFromUtf32(c));
        }
        else
        {
            _field.Append((char)c);
        }

        _fieldLength++;
        return true;
    }

    private static bool IsNewline(int c) => c is '\n' or '\r';

    private bool EndRecordOrField(ThreadState ts, int c)
    {
        if (!SaveField(ts))
        {
            return false;
        }

        _state = c == Eol ? State.StartRecord : State.EatCrNl;
        return true;
    }

    private bool Process(ThreadState ts, int c)
    {
        var d = _dialect;
        switch (_state)
        {
            case State.StartRecord:
                if (c == Eol)
                {
                    return true;
                }

                if (IsNewline(c))
                {
                    _state = State.EatCrNl;
                    return true;
                }

                _state = State.StartField;
                return StartField(ts, c);
            case State.StartField:
                return StartField(ts, c);
            case State.EscapedChar:
                if (IsNewline(c))
                {
                    _state = State.AfterEscapedCrNl;
                    return Add(ts, c);
                }

                _state = State.InField;
                return Add(ts, c == Eol ? '\n' : c);
            case State.AfterEscapedCrNl when c == Eol:
                return true;
            case State.AfterEscapedCrNl:
            case State.InField:
                if (IsNewline(c) || c == Eol)
                {
                    return EndRecordOrField(ts, c);
                }

                if (c == d.EscapeChar)
                {
                    _state = State.EscapedChar;
                    return true;
                }

                if (c == d.Delimiter)
                {
                    _state = State.StartField;
                    return SaveField(ts);
                }

                return Add(ts, c);
            case State.InQuotedField:
                if (c == Eol)
                {
                    return true;
                }

                if (c == d.EscapeChar)
                {
                    _state = State.EscapeInQuotedField;
                    return true;
                }

                if (c == d.QuoteChar && d.Quoting != CsvDialect.QuoteNone)
                {
                    _state = d.DoubleQuote ? State.QuoteInQuotedField : State.InField;
                    return true;
                }

                return Add(ts, c);
            case State.EscapeInQuotedField:
                _state = State.InQuotedField;
                return Add(ts, c == Eol ? '\n' : c);
            case State.QuoteInQuotedField:
                if (d.Quoting != CsvDialect.QuoteNone && c == d.QuoteChar)
                {
                    _state = State.InQuotedField;
                    return Add(ts, c);
                }

                if (c == d.Delimiter)
                {
                    _state = State.StartField;
                    return SaveField(ts);
                }

                if (IsNewline(c) || c == Eol)
                {
                    return EndRecordOrField(ts, c);
                }

                if (!d.Strict)
                {
                    _state = State.InField;
                    return Add(ts, c);
                }

                ts.SetError(CsvModule.Error, "'" + char.ConvertFromUtf32(d.Delimiter) + "' expected after '" + char.ConvertFromUtf32(d.QuoteChar) + "'");
                return false;
            default: // EatCrNl
                if (IsNewline(c))
                {
                    return true;
                }

                if (c == Eol)
                {
                    _state = State.StartRecord;
                    return true;
                }

                ts.SetError(CsvModule.Error, "new-line character seen in unquoted field - do you need to open the file with newline=''?");
                return false;
        }
    }

    private bool StartField(ThreadState ts, int c)
    {
        var d = _dialect;
        _unquotedField = true;
        if (IsNewline(c) || c == Eol)
        {
            return EndRecordOrField(ts, c);
        }

        if (c == d.QuoteChar && d.Quoting != CsvDialect.QuoteNone)
        {
            _unquotedField = false;
            _state = State.InQuotedField;
        }
        else if (c == d.EscapeChar)
        {
            _state = State.EscapedChar;
        }
        else if (c == ' ' && d.SkipInitialSpace)
        {
        }
        else if (c == d.Delimiter)
        {
            return SaveField(ts);
        }
        else
        {
            _state = State.InField;
            return Add(ts, c);
        }

        return true;
    }
}
