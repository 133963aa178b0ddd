namespace ProtoPython.Objects.Formatting;

/// <summary>
/// <c>str.format</c> / <c>str.format_map</c> (PEP 3101; CPython's Objects/stringlib/unicode_format.h):
/// literal text with {{ }} escapes, replacement fields {name.attr[key]!conv:spec} with nested
/// fields in the spec, automatic or manual numbering.
/// </summary>
internal sealed partial class StrFormatter
{
    private readonly ThreadState _ts;
    private readonly PyValue[] _positional;
    private readonly PyValue _keywords;
    private readonly bool _isFormatMap;
    private int _autoNumber;
    private bool _manual;

    private StrFormatter(ThreadState ts, PyValue[] positional, PyValue keywords, bool isFormatMap)
    {
        _ts = ts;
        _positional = positional;
        _keywords = keywords;
        _isFormatMap = isFormatMap;
    }

    /// <summary><c>format(value, spec)</c> (<c>PyObject_Format</c>): null with a pending exception.</summary>
    public static PyStr? FormatValue(ThreadState ts, PyValue value, PyStr spec)
    {
        if (spec.Length == 0)
        {
            if (value.Type == PyType.Str)
            {
                return (PyStr)value.AsObject;
            }

            if (value.IsInt64 || value.IsFloat)
            {
                return PyOps.Str(ts, value);
            }
        }

        PyValue r;
        if (value.Type == PyType.Str)
        {
            r = NumberFormat.FormatStr(ts, (PyStr)value.AsObject, spec);
        }
        else if (value.Type == PyType.Int)
        {
            r = NumberFormat.FormatInt(ts, value, spec, "int");
        }
        else if (value.IsFloat)
        {
            r = NumberFormat.FormatFloat(ts, value.AsDouble, spec);
        }
        else
        {
            r = PyOps.CallSpecial(ts, value, FormatName, [PyValue.FromObject(spec)], out var found);
            if (!found)
            {
                ts.SetError(PyExc.TypeError, "Type " + value.Type.Name + " doesn't define __format__");
                return null;
            }
        }

        if (r.IsError)
        {
            return null;
        }

        if (r.AsObject is PyStr s)
        {
            return s;
        }

        ts.SetError(PyExc.TypeError, "__format__ must return a str, not " + r.Type.Name);
        return null;
    }

    private static readonly PyStr FormatName = PyStr.Intern("__format__");

    /// <summary><c>template.format(*args, **kwargs)</c>; <paramref name="keywords"/> is a dict or Null.</summary>
    public static PyValue Format(ThreadState ts, PyStr template, PyValue[] positional, PyValue keywords, bool isFormatMap)
    {
        var w = new StrWriter();
        var f = new StrFormatter(ts, positional, keywords, isFormatMap);
        return f.Render(template, 0, template.Length, 2, w) ? PyValue.FromObject(w.ToStr()) : PyValue.Error;
    }

    private bool Render(PyStr s, int start, int end, int depth, StrWriter w)
    {
        if (depth <= 0)
        {
            _ts.SetError(PyExc.ValueError, "Max string recursion exceeded");
            return false;
        }

        var pos = start;
        while (pos < end)
        {
            // Literal text up to a brace.
            var literalStart = pos;
            int c = 0;
            var markup = false;
            while (pos < end)
            {
                c = s[pos++];
                if (c is '{' or '}')
                {
                    markup = true;
                    break;
                }
            }

            var atEnd = pos >= end;
            var literalEnd = pos;
            if (markup)
            {
                if (c == '}' && (atEnd || s[pos] != '}'))
                {
                    _ts.SetError(PyExc.ValueError, "Single '}' encountered in format string");
                    return false;
                }

                if (atEnd && c == '{')
                {
                    _ts.SetError(PyExc.ValueError, "Single '{' encountered in format string");
                    return false;
                }

                if (s[pos] == c)
                {
                    // An escaped brace: keep one, no field follows.
                    pos++;
                    markup = false;
                }
                else
                {
                    literalEnd--;
                }
            }

            w.Append(s, literalStart, literalEnd);
            if (!markup)
            {
                continue;
            }

            if (!ParseField(s, ref pos, end, out var nameStart, out var nameEnd, out var conversion, out var specStart, out var specEnd, out var specNested)
                || !RenderField(s, nameStart, nameEnd, conversion, specStart, specEnd, specNested, depth, w))
            {
                return false;
            }
        }

        return true;
    }

    private bool ParseField(PyStr s, ref int pos, int end, out int nameStart, out int nameEnd, out int conversion, out int specStart, out int specEnd, out bool specNested)
    {
        nameStart = pos;
        conversion = 0;
        specStart = specEnd = 0;
        specNested = false;
        int c = 0;
        while (pos < end)
        {
            c = s[pos++];
            if (c == '{')
            {
                nameEnd = pos;
                _ts.SetError(PyExc.ValueError, "unexpected '{' in field name");
                return false;
            }

            if (c == '[')
            {
                while (pos < end && s[pos] != ']')
                {
                    pos++;
                }

                continue;
            }

            if (c is '}' or ':' or '!')
            {
                break;
            }
        }

        nameEnd = pos - 1;
        if (c is '!' or ':')
        {
            if (c == '!')
            {
                if (pos >= end)
                {
                    _ts.SetError(PyExc.ValueError, "end of string while looking for conversion specifier");
                    return false;
                }

                conversion = s[pos++];
                if (pos < end)
                {
                    c = s[pos++];
                    if (c == '}')
                    {
                        specStart = specEnd = pos - 1;
                        return true;
                    }

                    if (c != ':')
                    {
                        _ts.SetError(PyExc.ValueError, "expected ':' after conversion specifier");
                        return false;
                    }
                }
            }

            specStart = pos;
            var count = 1;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{')
                {
                    specNested = true;
                    count++;
                }
                else if (c == '}' && --count == 0)
                {
                    specEnd = pos - 1;
                    return true;
                }
            }

            _ts.SetError(PyExc.ValueError, "unmatched '{' in format spec");
            return false;
        }

        if (c != '}' || nameEnd < nameStart)
        {
            _ts.SetError(PyExc.ValueError, "expected '}' before end of string");
            return false;
        }

        return true;
    }

    private bool RenderField(PyStr s, int nameStart, int nameEnd, int conversion, int specStart, int specEnd, bool specNested, int depth, StrWriter w)
    {
        var obj = GetField(s, nameStart, nameEnd);
        if (obj.IsError)
        {
            return false;
        }

        if (conversion != 0)
        {
            PyStr? converted = conversion switch
            {
                'r' => PyOps.Repr(_ts, obj),
                's' => PyOps.Str(_ts, obj),
                'a' => PyOps.Repr(_ts, obj) is { } r ? new PyStr(StringRepr.EscapeNonAsciiText(r)) : null,
                _ => null,
            };
            if (converted is null)
            {
                if (conversion is not ('r' or 's' or 'a'))
                {
                    _ts.SetError(PyExc.ValueError, conversion is > 32 and < 128
                        ? "Unknown conversion specifier " + (char)conversion
                        : "Unknown conversion specifier \\x" + conversion.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
                }

                return false;
            }

            obj = PyValue.FromObject(converted);
        }

        var spec = s.Slice(specStart, specEnd);
        if (specNested)
        {
            var sw = new StrWriter();
            if (!Render(s, specStart, specEnd, depth - 1, sw))
            {
                return false;
            }

            spec = sw.ToStr();
        }

        var text = FormatValue(_ts, obj, spec);
        if (text is null)
        {
            return false;
        }

        w.Append(text);
        return true;
    }

}
