using System.Runtime.CompilerServices;
using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_json.make_encoder(markers, default, encoder, indent, key_separator, item_separator,
/// sort_keys, skipkeys, allow_nan)</c>: the one-shot encoder of json.dumps. Calling it with
/// (obj, indent_level) returns a 1-tuple holding the whole JSON text, as CPython's C encoder does.
/// </summary>
internal sealed class JsonEncoder : NativeObject
{
    public static readonly Lazy<PyType> TypeObject = new(CreateType);

    private readonly bool _checkCircular;
    private readonly PyValue _default;
    private readonly PyValue _encoder;
    private readonly string? _indent;
    private readonly string _keySeparator;
    private readonly string _itemSeparator;
    private readonly bool _sortKeys;
    private readonly bool _skipKeys;
    private readonly bool _allowNan;
    private readonly int _fastEncode;
    private readonly HashSet<object> _markers = new(ReferenceEqualityComparer.Instance);

    private JsonEncoder(PyType type, PyValue[] a, string? indent, bool sortKeys, bool skipKeys, bool allowNan)
        : base(type)
    {
        _checkCircular = !a[0].IsNone;
        _default = a[1];
        _encoder = a[2];
        _indent = indent;
        _keySeparator = ((PyStr)a[4].AsObject).Value;
        _itemSeparator = ((PyStr)a[5].AsObject).Value;
        _sortKeys = sortKeys;
        _skipKeys = skipKeys;
        _allowNan = allowNan;
        _fastEncode = a[2].AsObject is PyBuiltinFunction { Module: "_json" } f
            ? f.Name switch { "encode_basestring_ascii" => 1, "encode_basestring" => 2, _ => 0 }
            : 0;
    }

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("Encoder", "_json", subclassable: true);
        t.New = static (ts, type, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "make_encoder", a, kw, 9, 9))
            {
                return PyValue.Error;
            }

            if (!a[0].IsNone && a[0].AsObject is not PyDict)
            {
                return ArgParser.BadArgument(ts, "make_encoder", "argument 1", "dict or None", a[0]);
            }

            string? indent = null;
            if (!a[3].IsNone)
            {
                if (a[3].AsObject is not PyStr ind)
                {
                    return ts.SetError(PyExc.TypeError, "make_encoder() argument 4 must be str or None, not " + a[3].Type.Name);
                }

                indent = ind.Value;
            }

            if (a[4].AsObject is not PyStr || a[5].AsObject is not PyStr)
            {
                return ts.SetError(PyExc.TypeError, "make_encoder() argument " + (a[4].AsObject is PyStr ? 6 : 5) + " must be str");
            }

            var flags = new bool[3];
            for (var i = 0; i < 3; i++)
            {
                var truth = PyOps.IsTrue(ts, a[6 + i]);
                if (truth < 0)
                {
                    return PyValue.Error;
                }

                flags[i] = truth > 0;
            }

            return PyValue.FromObject(new JsonEncoder(type, a.ToArray(), indent, flags[0], flags[1], flags[2]));
        };
        t.Call = static (ts, self, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "_iterencode", a, kw, 2, 2) || !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var level))
            {
                return PyValue.Error;
            }

            var encoder = (JsonEncoder)self.AsObject;
            var sb = new StringBuilder();
            encoder._markers.Clear();
            return encoder.EncodeObject(ts, sb, a[0], (int)level) ? NativeTypes.Tuple(NativeTypes.Str(sb.ToString())) : PyValue.Error;
        };
        SlotTable.AddWrappers(t);
        return t;
    }

    private static bool AddNote(ThreadState ts, string note)
    {
        if (ts.CurrentException is { } exc)
        {
            exc.AddNote(note);
        }

        return false;
    }

    private bool EncodeObject(ThreadState ts, StringBuilder sb, PyValue obj, int level)
    {
        if (obj.IsNone)
        {
            sb.Append("null");
            return true;
        }

        if (obj.IsBool)
        {
            sb.Append(obj.RawBits != 0 ? "true" : "false");
            return true;
        }

        switch (obj.AsObject)
        {
            case PyStr s:
                return EncodeString(ts, sb, s);
            case PyList or PyTuple:
                return EncodeList(ts, sb, obj, level);
            case PyDict d:
                return EncodeDict(ts, sb, obj, d, level);
        }

        if (PyInt.IsInt(obj))
        {
            var r = PyInt.Repr(ts, obj);
            if (r.IsError)
            {
                return false;
            }

            sb.Append(((PyStr)r.AsObject).Value);
            return true;
        }

        if (PyFloat.IsFloat(obj))
        {
            var text = FloatText(ts, obj);
            sb.Append(text);
            return text is not null;
        }

        if (!Enter(ts, obj))
        {
            return false;
        }

        var replacement = PyOps.Call1(ts, _default, obj);
        if (replacement.IsError)
        {
            return false;
        }

        if (!PyOps.EnsureStack(ts, " while encoding a JSON object") || !EncodeObject(ts, sb, replacement, level))
        {
            return AddNote(ts, "when serializing " + obj.Type.Name + " object");
        }

        Leave(obj);
        return true;
    }

    private bool Enter(ThreadState ts, PyValue container)
    {
        if (_checkCircular && !_markers.Add(container.AsObject))
        {
            ts.SetError(PyExc.ValueError, "Circular reference detected");
            return false;
        }

        return true;
    }

    private void Leave(PyValue container)
    {
        if (_checkCircular)
        {
            _markers.Remove(container.AsObject);
        }
    }

    private string? FloatText(ThreadState ts, PyValue obj)
    {
        var d = PyFloat.AsDouble(obj);
        if (double.IsFinite(d))
        {
            return PyFloat.Repr(obj);
        }

        if (!_allowNan)
        {
            ts.SetError(PyExc.ValueError, "Out of range float values are not JSON compliant: " + PyFloat.Repr(obj));
            return null;
        }

        return double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    private bool EncodeString(ThreadState ts, StringBuilder sb, PyStr s)
    {
        var encoded = _fastEncode != 0 ? JsonModule.Encode(ts, PyValue.FromObject(s), _fastEncode == 1) : PyOps.Call1(ts, _encoder, PyValue.FromObject(s));
        if (encoded.IsError)
        {
            return false;
        }

        if (encoded.AsObject is not PyStr text)
        {
            ts.SetError(PyExc.TypeError, "encoder() must return a string, not " + encoded.Type.Name);
            return false;
        }

        sb.Append(text.Value);
        return true;
    }

    private string NewlineIndent(int level)
    {
        var b = new StringBuilder("\n");
        for (var i = 0; i < level; i++)
        {
            b.Append(_indent);
        }

        return b.ToString();
    }

    private bool EncodeList(ThreadState ts, StringBuilder sb, PyValue seq, int level)
    {
        var items = seq.AsObject is PyTuple tuple ? tuple.Items.ToArray() : ListItems((PyList)seq.AsObject);
        if (items.Length == 0)
        {
            sb.Append("[]");
            return true;
        }

        if (!Enter(ts, seq))
        {
            return false;
        }

        sb.Append('[');
        var separator = _itemSeparator;
        string? newline = null;
        if (_indent is not null)
        {
            newline = NewlineIndent(++level);
            separator += newline;
            sb.Append(newline);
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(separator);
            }

            if (!PyOps.EnsureStack(ts, " while encoding a JSON object") || !EncodeObject(ts, sb, items[i], level))
            {
                return AddNote(ts, "when serializing " + seq.Type.Name + " item " + i);
            }
        }

        Leave(seq);
        if (newline is not null)
        {
            sb.Append(NewlineIndent(level - 1));
        }

        sb.Append(']');
        return true;
    }

    private static PyValue[] ListItems(PyList list)
    {
        var items = new PyValue[list.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = list.ItemAt(i);
        }

        return items;
    }

    private bool EncodeDict(ThreadState ts, StringBuilder sb, PyValue obj, PyDict dict, int level)
    {
        if (dict.Count == 0)
        {
            sb.Append("{}");
            return true;
        }

        if (!Enter(ts, obj))
        {
            return false;
        }

        var itemsValue = PyOps.CallMethod(ts, obj, PyStr.Intern("items"), []);
        var list = itemsValue.IsError ? PyValue.Error : PyOps.Call1(ts, PyValue.FromObject(PyType.List), itemsValue);
        if (list.IsError || (_sortKeys && !((PyList)list.AsObject).Sort(ts, PyValue.None, false)))
        {
            return false;
        }

        sb.Append('{');
        var separator = _itemSeparator;
        string? newline = null;
        if (_indent is not null)
        {
            newline = NewlineIndent(++level);
            separator += newline;
            sb.Append(newline);
        }

        var items = ListItems((PyList)list.AsObject);
        var first = true;
        foreach (var item in items)
        {
            if (item.AsObject is not PyTuple { Length: 2 } pair)
            {
                ts.SetError(PyExc.ValueError, "items must return 2-tuples");
                return false;
            }

            var key = pair[0];
            string keyText;
            if (key.AsObject is PyStr ks)
            {
                keyText = ks.Value;
            }
            else if (PyFloat.IsFloat(key))
            {
                var f = FloatText(ts, key);
                if (f is null)
                {
                    return false;
                }

                keyText = f;
            }
            else if (key.IsNone || key.IsBool)
            {
                keyText = key.IsNone ? "null" : key.RawBits != 0 ? "true" : "false";
            }
            else if (PyInt.IsInt(key))
            {
                var r = PyInt.Repr(ts, key);
                if (r.IsError)
                {
                    return false;
                }

                keyText = ((PyStr)r.AsObject).Value;
            }
            else if (_skipKeys)
            {
                continue;
            }
            else
            {
                ts.SetError(PyExc.TypeError, "keys must be str, int, float, bool or None, not " + key.Type.Name);
                return false;
            }

            if (!first)
            {
                sb.Append(separator);
            }

            first = false;
            if (!EncodeString(ts, sb, key.AsObject as PyStr ?? new PyStr(keyText)))
            {
                return false;
            }

            sb.Append(_keySeparator);
            if (!PyOps.EnsureStack(ts, " while encoding a JSON object") || !EncodeObject(ts, sb, pair[1], level))
            {
                var keyRepr = NativeTypes.Repr(ts, key);
                return keyRepr is null || AddNote(ts, "when serializing " + obj.Type.Name + " item " + keyRepr);
            }
        }

        Leave(obj);
        if (newline is not null)
        {
            sb.Append(NewlineIndent(level - 1));
        }

        sb.Append('}');
        return true;
    }
}
