namespace ProtoPython.Objects.Formatting;

/// <summary>Field lookup of str.format: the argument by number or name, then .attr and [key] accessors.</summary>
internal sealed partial class StrFormatter
{
    private PyValue GetField(PyStr s, int start, int end)
    {
        // The first part: up to '.' or '['.
        var i = start;
        while (i < end && s[i] != '.' && s[i] != '[')
        {
            i++;
        }

        PyValue obj;
        var index = ParseIndex(s, start, i);
        if (index == -2)
        {
            return PyValue.Error;
        }

        if (start == i || index >= 0)
        {
            if (start == i)
            {
                if (_manual)
                {
                    return _ts.SetError(PyExc.ValueError, "cannot switch from manual field specification to automatic field numbering");
                }

                index = _autoNumber++;
            }
            else
            {
                if (_autoNumber > 0)
                {
                    return _ts.SetError(PyExc.ValueError, "cannot switch from automatic field numbering to manual field specification");
                }

                _manual = true;
            }

            if (_isFormatMap)
            {
                return _ts.SetError(PyExc.ValueError, "Format string contains positional fields");
            }

            if (index >= _positional.Length)
            {
                return _ts.SetError(PyExc.IndexError, "Replacement index " + index + " out of range for positional args tuple");
            }

            obj = _positional[(int)index];
        }
        else
        {
            var key = PyValue.FromObject(s.Slice(start, i));
            if (_keywords.IsNull)
            {
                return _ts.SetError(PyExc.KeyError, key);
            }

            obj = PyOps.GetItem(_ts, _keywords, key);
            if (obj.IsError)
            {
                return obj;
            }
        }

        // The rest: .name and [key] accessors.
        while (i < end)
        {
            if (s[i] == '.')
            {
                var a = ++i;
                while (i < end && s[i] != '.' && s[i] != '[')
                {
                    i++;
                }

                if (a == i)
                {
                    return _ts.SetError(PyExc.ValueError, "Empty attribute in format string");
                }

                obj = PyOps.GetAttr(_ts, obj, new PyStr(s.Slice(a, i).Value));
            }
            else if (s[i] == '[')
            {
                var a = ++i;
                while (i < end && s[i] != ']')
                {
                    i++;
                }

                if (i >= end)
                {
                    return _ts.SetError(PyExc.ValueError, "Missing ']' in format string");
                }

                if (a == i)
                {
                    return _ts.SetError(PyExc.ValueError, "Empty attribute in format string");
                }

                var k = ParseIndex(s, a, i);
                if (k == -2)
                {
                    return PyValue.Error;
                }

                var key = k >= 0 ? PyValue.FromInt64(k) : PyValue.FromObject(s.Slice(a, i));
                i++;
                obj = PyOps.GetItem(_ts, obj, key);
                if (i < end && s[i] != '.' && s[i] != '[')
                {
                    return _ts.SetError(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            else
            {
                return _ts.SetError(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }

            if (obj.IsError)
            {
                return obj;
            }
        }

        return obj;
    }

    // The field as a non-negative decimal number, -1 when it is not all digits, -2 on overflow (error set).
    private long ParseIndex(PyStr s, int start, int end)
    {
        if (start == end)
        {
            return -1;
        }

        long value = 0;
        for (var i = start; i < end; i++)
        {
            if (Unicode.UnicodeDatabase.Decimal(s[i]) is not { } d)
            {
                return -1;
            }

            if (value > (long.MaxValue - d) / 10)
            {
                _ts.SetError(PyExc.ValueError, "Too many decimal digits in format string");
                return -2;
            }

            value = (value * 10) + d;
        }

        return value;
    }
}
