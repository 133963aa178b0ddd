using System.Globalization;
using System.Numerics;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_json.make_scanner(context)</c>: the scanner JSONDecoder calls as <c>scan_once(s, idx)</c>,
/// returning (value, end) or raising StopIteration(idx) where no value starts, and JSONDecodeError
/// with the C messages for malformed objects and arrays.
/// </summary>
internal sealed class JsonScanner : NativeObject
{
    public static readonly Lazy<PyType> TypeObject = new(CreateType);

    private readonly bool _strict;
    private readonly PyValue _objectHook;
    private readonly PyValue _pairsHook;
    private readonly PyValue _parseFloat;
    private readonly PyValue _parseInt;
    private readonly PyValue _parseConstant;

    // Object keys seen during one scan_once call, as CPython's scanner memo: equal keys become one
    // str object (fewer objects to keep, and the str hash is computed once).
    private Dictionary<string, PyValue>? _memo;

    private JsonScanner(PyType type, bool strict, PyValue objectHook, PyValue pairsHook, PyValue parseFloat, PyValue parseInt, PyValue parseConstant)
        : base(type)
    {
        _strict = strict;
        _objectHook = objectHook;
        _pairsHook = pairsHook;
        _parseFloat = parseFloat;
        _parseInt = parseInt;
        _parseConstant = parseConstant;
    }

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("Scanner", "_json", subclassable: true);
        t.New = static (ts, type, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "make_scanner", a, kw, 1, 1))
            {
                return PyValue.Error;
            }

            var ctx = a[0];
            var values = new PyValue[6];
            string[] names = ["strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"];
            for (var i = 0; i < names.Length; i++)
            {
                values[i] = PyOps.GetAttr(ts, ctx, PyStr.Intern(names[i]));
                if (values[i].IsError)
                {
                    return PyValue.Error;
                }
            }

            var strict = PyOps.IsTrue(ts, values[0]);
            if (strict < 0)
            {
                return PyValue.Error;
            }

            return PyValue.FromObject(new JsonScanner(type, strict > 0, values[1], values[2], values[3], values[4], values[5]));
        };
        t.Call = static (ts, self, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "scan_once", a, kw, 2, 2))
            {
                return PyValue.Error;
            }

            if (a[0].AsObject is not PyStr s)
            {
                return ts.SetError(PyExc.TypeError, "first argument must be a string, not " + a[0].Type.Name);
            }

            if (!PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var idx))
            {
                return PyValue.Error;
            }

            var scanner = (JsonScanner)self.AsObject;
            var value = scanner.ScanOnce(ts, s, idx, out var end);
            scanner._memo?.Clear();
            return value.IsError ? value : NativeTypes.Tuple(value, PyValue.FromInt64(end));
        };
        SlotTable.AddWrappers(t);
        return t;
    }

    private static bool IsWhitespace(int c) => c is ' ' or '\t' or '\n' or '\r';

    // After an object member or array item: 1 when the closing bracket follows (idx at it), 0 when a
    // comma and the next item do (idx at the item), -1 with the error set.
    private static int AfterItem(ThreadState ts, PyStr s, ref int idx, int end, char close, string container)
    {
        while (idx <= end && IsWhitespace(s[idx]))
        {
            idx++;
        }

        if (idx <= end && s[idx] == close)
        {
            return 1;
        }

        if (idx > end || s[idx] != ',')
        {
            JsonModule.Fail(ts, "Expecting ',' delimiter", s, idx);
            return -1;
        }

        var comma = idx++;
        while (idx <= end && IsWhitespace(s[idx]))
        {
            idx++;
        }

        if (idx <= end && s[idx] == close)
        {
            JsonModule.Fail(ts, "Illegal trailing comma before end of " + container, s, comma);
            return -1;
        }

        return 0;
    }

    private static PyValue StopIteration(ThreadState ts, long idx)
    {
        var exc = PyOps.Call1(ts, PyValue.FromObject(PyExc.StopIteration), PyValue.FromInt64(idx));
        return exc.IsError ? exc : ts.SetError((PyBaseException)exc.AsObject);
    }

    private PyValue ScanOnce(ThreadState ts, PyStr s, long idx, out int next)
    {
        next = 0;
        if (idx < 0)
        {
            return ts.SetError(PyExc.ValueError, "idx cannot be negative");
        }

        var length = s.Length;
        if (idx >= length)
        {
            return StopIteration(ts, idx);
        }

        var i = (int)idx;
        switch (s[i])
        {
            case '"':
                var r = JsonModule.ScanString(ts, s, i + 1, _strict);
                if (r.IsError)
                {
                    return r;
                }

                var pair = (PyTuple)r.AsObject;
                next = (int)pair[1].RawBits;
                return pair[0];
            case '{':
                return PyOps.EnsureStack(ts, " while decoding a JSON object from a unicode string") ? ParseObject(ts, s, i + 1, out next) : PyValue.Error;
            case '[':
                return PyOps.EnsureStack(ts, " while decoding a JSON array from a unicode string") ? ParseArray(ts, s, i + 1, out next) : PyValue.Error;
            case 'n' when Matches(s, i, "null"):
                next = i + 4;
                return PyValue.None;
            case 't' when Matches(s, i, "true"):
                next = i + 4;
                return PyValue.True;
            case 'f' when Matches(s, i, "false"):
                next = i + 5;
                return PyValue.False;
            case 'N' when Matches(s, i, "NaN"):
                return Constant(ts, "NaN", i, out next);
            case 'I' when Matches(s, i, "Infinity"):
                return Constant(ts, "Infinity", i, out next);
            case '-' when Matches(s, i, "-Infinity"):
                return Constant(ts, "-Infinity", i, out next);
        }

        return MatchNumber(ts, s, i, out next);
    }

    private static bool Matches(PyStr s, int i, string word)
    {
        if (i + word.Length > s.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (s[i + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private PyValue Constant(ThreadState ts, string name, int i, out int next)
    {
        next = i + name.Length;
        return PyOps.Call1(ts, _parseConstant, NativeTypes.Str(name));
    }

    private PyValue ParseObject(ThreadState ts, PyStr s, int idx, out int next)
    {
        next = 0;
        var end = s.Length - 1;
        var usePairs = !_pairsHook.IsNone;
        var dict = usePairs ? null : new PyDict();
        var pairs = usePairs ? new PyList() : null;
        while (idx <= end && IsWhitespace(s[idx]))
        {
            idx++;
        }

        if (idx > end || s[idx] != '}')
        {
            while (true)
            {
                if (idx > end || s[idx] != '"')
                {
                    return JsonModule.Fail(ts, "Expecting property name enclosed in double quotes", s, idx);
                }

                var keyResult = JsonModule.ScanString(ts, s, idx + 1, _strict);
                if (keyResult.IsError)
                {
                    return keyResult;
                }

                var key = ((PyTuple)keyResult.AsObject)[0];
                if (key.AsObject is PyStr keyStr && keyStr.IsNarrow)
                {
                    _memo ??= [];
                    if (_memo.TryGetValue(keyStr.Value, out var seen))
                    {
                        key = seen;
                    }
                    else
                    {
                        _memo[keyStr.Value] = key;
                    }
                }

                idx = (int)((PyTuple)keyResult.AsObject)[1].RawBits;
                while (idx <= end && IsWhitespace(s[idx]))
                {
                    idx++;
                }

                if (idx > end || s[idx] != ':')
                {
                    return JsonModule.Fail(ts, "Expecting ':' delimiter", s, idx);
                }

                idx++;
                while (idx <= end && IsWhitespace(s[idx]))
                {
                    idx++;
                }

                var value = ScanOnce(ts, s, idx, out idx);
                if (value.IsError)
                {
                    return value;
                }

                if (pairs is not null)
                {
                    pairs.Append(NativeTypes.Tuple(key, value));
                }
                else if (!dict!.SetItem(ts, key, value))
                {
                    return PyValue.Error;
                }

                var after = AfterItem(ts, s, ref idx, end, '}', "object");
                if (after != 0)
                {
                    if (after < 0)
                    {
                        return PyValue.Error;
                    }

                    break;
                }
            }
        }

        next = idx + 1;
        if (pairs is not null)
        {
            return PyOps.Call1(ts, _pairsHook, PyValue.FromObject(pairs));
        }

        return _objectHook.IsNone ? PyValue.FromObject(dict!) : PyOps.Call1(ts, _objectHook, PyValue.FromObject(dict!));
    }

    private PyValue ParseArray(ThreadState ts, PyStr s, int idx, out int next)
    {
        next = 0;
        var end = s.Length - 1;
        var list = new PyList();
        while (idx <= end && IsWhitespace(s[idx]))
        {
            idx++;
        }

        if (idx > end || s[idx] != ']')
        {
            while (true)
            {
                var value = ScanOnce(ts, s, idx, out idx);
                if (value.IsError)
                {
                    return value;
                }

                list.Append(value);
                var after = AfterItem(ts, s, ref idx, end, ']', "array");
                if (after != 0)
                {
                    if (after < 0)
                    {
                        return PyValue.Error;
                    }

                    break;
                }
            }
        }

        next = idx + 1;
        return PyValue.FromObject(list);
    }

    private PyValue MatchNumber(ThreadState ts, PyStr s, int start, out int next)
    {
        next = 0;
        var end = s.Length - 1;
        var idx = start;
        if (s[idx] == '-')
        {
            idx++;
            if (idx > end)
            {
                return StopIteration(ts, start);
            }
        }

        if (s[idx] is >= '1' and <= '9')
        {
            idx++;
            while (idx <= end && s[idx] is >= '0' and <= '9')
            {
                idx++;
            }
        }
        else if (s[idx] == '0')
        {
            idx++;
        }
        else
        {
            return StopIteration(ts, start);
        }

        var isFloat = false;
        if (idx < end && s[idx] == '.' && s[idx + 1] is >= '0' and <= '9')
        {
            isFloat = true;
            idx += 2;
            while (idx <= end && s[idx] is >= '0' and <= '9')
            {
                idx++;
            }
        }

        if (idx < end && s[idx] is 'e' or 'E')
        {
            var eStart = idx++;
            if (idx < end && s[idx] is '-' or '+')
            {
                idx++;
            }

            while (idx <= end && s[idx] is >= '0' and <= '9')
            {
                idx++;
            }

            if (s[idx - 1] is >= '0' and <= '9')
            {
                isFloat = true;
            }
            else
            {
                idx = eStart;
            }
        }

        next = idx;
        // The number is ASCII; s.Value indexes UTF-16 units, which differ from code points after an astral character.
        var chars = new char[idx - start];
        for (var k = 0; k < chars.Length; k++)
        {
            chars[k] = (char)s[start + k];
        }

        var text = new string(chars);
        var custom = isFloat ? _parseFloat : _parseInt;
        if (!ReferenceEquals(custom.AsObject, isFloat ? PyType.Float : PyType.Int))
        {
            return PyOps.Call1(ts, custom, NativeTypes.Str(text));
        }

        if (isFloat)
        {
            return PyValue.FromDouble(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
            ? PyValue.FromInt64(small)
            : PyValue.FromBigInteger(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }
}
