using System.Numerics;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_string</c>: the format-string parser of str.format exposed for <c>string.Formatter</c>
/// (formatter_parser, formatter_field_name_split), with CPython's ValueError texts.
/// </summary>
internal sealed class StringModule : INativeModule
{
    public string Name => "_string";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_string");
        m.Add("__doc__", NativeTypes.Str("string helper module"));
        m.AddFunction("formatter_parser", static (ts, a, kw) => a[0].AsObject is PyStr s
            ? PyValue.FromObject(new FormatterParserIterator(s))
            : ts.SetError(PyExc.TypeError, "expected str, got " + a[0].Type.Name), NativeArity.One);
        m.AddFunction("formatter_field_name_split", static (ts, a, kw) => a[0].AsObject is PyStr s
            ? FieldNameIterator.Split(s)
            : ts.SetError(PyExc.TypeError, "expected str, got " + a[0].Type.Name), NativeArity.One);
        return m;
    }

    /// <summary>get_integer: the value of an all-digit name, or null (then the name stays a str).</summary>
    public static PyValue AsIndex(int[] cps, int start, int end)
    {
        if (start >= end)
        {
            return PyValue.Null;
        }

        BigInteger value = 0;
        for (var i = start; i < end; i++)
        {
            if (cps[i] is < '0' or > '9')
            {
                return PyValue.Null;
            }

            value = (value * 10) + (cps[i] - '0');
        }

        return value <= long.MaxValue ? PyValue.FromInt64((long)value) : PyValue.FromBigInteger(value);
    }

    public static PyValue Sub(int[] cps, int start, int end) => PyValue.FromObject(new PyStr(cps.AsSpan(start, end - start)));
}

/// <summary>The iterator of formatter_parser: (literal, field_name, format_spec, conversion) tuples.</summary>
internal sealed class FormatterParserIterator(PyStr text) : NativeIterator(TypeObject.Value)
{
    public static readonly Lazy<PyType> TypeObject = new(static () =>
    {
        var t = NativeTypes.CreateIterator("formatteriterator", "builtins", subclassable: false, null);
        SlotTable.AddWrappers(t);
        return t;
    });

    private readonly int[] _s = text.CodePoints.ToArray();
    private int _pos;

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = PyValue.Null;
        var s = _s;
        if (_pos >= s.Length)
        {
            return 0;
        }

        var start = _pos;
        var c = 0;
        var markup = false;
        while (_pos < s.Length)
        {
            c = s[_pos++];
            if (c is '{' or '}')
            {
                markup = true;
                break;
            }
        }

        var atEnd = _pos >= s.Length;
        var len = _pos - start;
        if (c == '}' && markup && (atEnd || s[_pos] != '}'))
        {
            return Fail(ts, "Single '}' encountered in format string");
        }

        if (atEnd && c == '{' && markup)
        {
            return Fail(ts, "Single '{' encountered in format string");
        }

        if (!atEnd && markup)
        {
            if (s[_pos] == c)
            {
                _pos++;
                markup = false;
            }
            else
            {
                len--;
            }
        }

        var literal = StringModule.Sub(s, start, start + len);
        if (!markup)
        {
            item = NativeTypes.Tuple(literal, PyValue.None, PyValue.None, PyValue.None);
            return 1;
        }

        if (!ParseField(ts, out var fieldName, out var spec, out var conversion))
        {
            return -1;
        }

        item = NativeTypes.Tuple(literal, fieldName, spec, conversion);
        return 1;
    }

    private int Fail(ThreadState ts, string message)
    {
        ts.SetError(PyExc.ValueError, message);
        return -1;
    }

    /// <summary>The field after '{': name up to '}', ':' or '!', then a conversion and a format spec with nested braces.</summary>
    private bool ParseField(ThreadState ts, out PyValue fieldName, out PyValue spec, out PyValue conversion)
    {
        var s = _s;
        fieldName = spec = PyValue.Null;
        conversion = PyValue.None;
        var nameStart = _pos;
        var c = 0;
        var terminated = false;
        while (_pos < s.Length)
        {
            c = s[_pos++];
            if (c == '{')
            {
                return Fail(ts, "unexpected '{' in field name") == 0;
            }

            if (c == '[')
            {
                while (_pos < s.Length && s[_pos] != ']')
                {
                    _pos++;
                }

                continue;
            }

            if (c is '}' or ':' or '!')
            {
                terminated = true;
                break;
            }
        }

        fieldName = StringModule.Sub(s, nameStart, terminated ? _pos - 1 : _pos);
        if (!terminated)
        {
            return Fail(ts, "expected '}' before end of string") == 0;
        }

        if (c == '}')
        {
            spec = NativeTypes.Str("");
            return true;
        }

        if (c == '!')
        {
            if (_pos >= s.Length)
            {
                return Fail(ts, "end of string while looking for conversion specifier") == 0;
            }

            conversion = StringModule.Sub(s, _pos, _pos + 1);
            _pos++;
            if (_pos < s.Length)
            {
                var next = s[_pos++];
                if (next == '}')
                {
                    spec = NativeTypes.Str("");
                    return true;
                }

                if (next != ':')
                {
                    return Fail(ts, "expected ':' after conversion specifier") == 0;
                }
            }
        }

        var specStart = _pos;
        var count = 1;
        while (_pos < s.Length)
        {
            var d = s[_pos++];
            if (d == '{')
            {
                count++;
            }
            else if (d == '}' && --count == 0)
            {
                spec = StringModule.Sub(s, specStart, _pos - 1);
                return true;
            }
        }

        return Fail(ts, "unmatched '{' in format spec") == 0;
    }
}

/// <summary>The iterator of formatter_field_name_split's rest: (is_attribute, name or index) pairs.</summary>
internal sealed class FieldNameIterator(int[] s, int pos) : NativeIterator(TypeObject.Value)
{
    public static readonly Lazy<PyType> TypeObject = new(static () =>
    {
        var t = NativeTypes.CreateIterator("fieldnameiterator", "builtins", subclassable: false, null);
        SlotTable.AddWrappers(t);
        return t;
    });

    private int _pos = pos;

    public static PyValue Split(PyStr text)
    {
        var s = text.CodePoints.ToArray();
        var end = 0;
        while (end < s.Length && s[end] is not ('.' or '['))
        {
            end++;
        }

        var first = StringModule.AsIndex(s, 0, end);
        if (first.IsNull)
        {
            first = StringModule.Sub(s, 0, end);
        }

        return NativeTypes.Tuple(first, PyValue.FromObject(new FieldNameIterator(s, end)));
    }

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = PyValue.Null;
        if (_pos >= s.Length)
        {
            return 0;
        }

        var c = s[_pos++];
        int start, end;
        bool isAttribute;
        if (c == '.')
        {
            isAttribute = true;
            start = _pos;
            while (_pos < s.Length && s[_pos] is not ('.' or '['))
            {
                _pos++;
            }

            end = _pos;
        }
        else if (c == '[')
        {
            isAttribute = false;
            start = _pos;
            while (_pos < s.Length && s[_pos] != ']')
            {
                _pos++;
            }

            if (_pos >= s.Length)
            {
                ts.SetError(PyExc.ValueError, "Missing ']' in format string");
                return -1;
            }

            end = _pos++;
        }
        else
        {
            ts.SetError(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            return -1;
        }

        if (start == end)
        {
            ts.SetError(PyExc.ValueError, "Empty attribute in format string");
            return -1;
        }

        var key = isAttribute ? PyValue.Null : StringModule.AsIndex(s, start, end);
        item = NativeTypes.Tuple(PyValue.FromBool(isAttribute), key.IsNull ? StringModule.Sub(s, start, end) : key);
        return 1;
    }
}
