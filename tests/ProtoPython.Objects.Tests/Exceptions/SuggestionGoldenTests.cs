using System.Text.Json;

namespace ProtoPython.Objects.Tests.Exceptions;

/// <summary>
/// "Did you mean" hints against CPython 3.14: the ranking (_suggestions._generate_suggestions) and
/// the trailers the traceback module adds for NameError, AttributeError and ImportError.
/// </summary>
public sealed class SuggestionGoldenTests
{
    private static JsonElement Root => ExceptionGoldens.Root;

    [Fact]
    public void ClosestMatchesGenerateSuggestions()
    {
        var ran = 0;
        foreach (var c in Root.GetProperty("suggest").EnumerateArray())
        {
            var candidates = c.GetProperty("candidates").EnumerateArray().Select(e => e.GetString()!).ToList();
            var name = c.GetProperty("name").GetString()!;
            var expect = c.GetProperty("expect");
            Assert.True(
                (expect.ValueKind == JsonValueKind.Null ? null : expect.GetString()) == Suggestions.Closest(candidates, name),
                name + " in [" + string.Join(", ", candidates.Take(12)) + "]: expected " + expect.GetRawText() + ", got " + Suggestions.Closest(candidates, name));
            ran++;
        }

        Assert.True(ran > 400);
    }

    [Fact]
    public void NameErrorTrailersMatchTraceback()
    {
        foreach (var c in Root.GetProperty("name_errors").EnumerateArray())
        {
            var ts = new ThreadState();
            var name = c.GetProperty("name").GetString()!;
            var locals = new PyDict();
            foreach (var n in c.GetProperty("locals").EnumerateArray().Select(e => e.GetString()!))
            {
                var value = PyValue.None;
                if (n == "self")
                {
                    value = PyOps.Call0(ts, PyValue.FromObject(PyExc.ValueError));
                    if (c.GetProperty("self_has_attr").GetBoolean())
                    {
                        Assert.True(PyOps.SetAttr(ts, value, PyStr.Intern(name), PyValue.FromInt64(1)));
                    }
                }

                locals.SetStr(PyStr.Intern(n), value);
            }

            var exc = MakeWithKeywords(ts, PyExc.NameError, "name '" + name + "' is not defined", ("name", Str(name)));
            var actual = Suggestions.For(ts, exc, locals, Names(c.GetProperty("globals")), Names(c.GetProperty("builtins")));
            Assert.False(ts.HasError);
            Assert.Equal(Expected(c), actual);
        }
    }

    [Fact]
    public void NameErrorWithoutFrameGivesOnlyTheImportHint()
    {
        var ts = new ThreadState();
        Assert.Equal(". Did you forget to import 'math'?", Suggestions.For(ts, MakeWithKeywords(ts, PyExc.NameError, "m", ("name", Str("math")))));
        Assert.Null(Suggestions.For(ts, MakeWithKeywords(ts, PyExc.NameError, "m", ("name", Str("pritn")))));
        Assert.Null(Suggestions.For(ts, MakeWithKeywords(ts, PyExc.ValueError, "m")));
    }

    [Fact]
    public void AttributeErrorTrailersMatchTraceback()
    {
        foreach (var c in Root.GetProperty("attribute_errors").EnumerateArray())
        {
            var ts = new ThreadState();
            var obj = c.GetProperty("object").GetString() switch
            {
                "ValueError()" => PyOps.Call0(ts, PyValue.FromObject(PyExc.ValueError)),
                "KeyError('k')" => PyOps.Call1(ts, PyValue.FromObject(PyExc.KeyError), Str("k")),
                "OSError(2, 'x')" => PyOps.Call2(ts, PyValue.FromObject(PyExc.OSError), PyValue.FromInt64(2), Str("x")),
                var other => throw new InvalidOperationException(other),
            };
            Assert.True(PyOps.SetAttr(ts, obj, PyStr.Intern(c.GetProperty("extra").GetString()!), PyValue.FromInt64(1)));
            var name = c.GetProperty("name").GetString()!;
            Assert.True(PyOps.GetAttr(ts, obj, PyStr.Intern(name)).IsError);
            var exc = ts.FetchError()!;
            Assert.Same(PyExc.AttributeError, exc.Type);
            Assert.Equal(Expected(c), Suggestions.For(ts, exc));
        }
    }

    [Fact]
    public void ImportErrorTrailersMatchTraceback()
    {
        foreach (var c in Root.GetProperty("import_errors").EnumerateArray())
        {
            var ts = new ThreadState();
            var moduleName = c.GetProperty("module").GetString()!;
            var module = new PyModule(moduleName);
            foreach (var n in c.GetProperty("module_names").EnumerateArray())
            {
                module.Add(n.GetString()!, PyValue.None);
            }

            var name = c.GetProperty("name").GetString()!;
            var exc = MakeWithKeywords(ts, PyExc.ImportError, "cannot import name '" + name + "'", ("name", Str(moduleName)), ("name_from", Str(name)));
            var actual = Suggestions.For(ts, exc, findModule: n => n == moduleName ? PyValue.FromObject(module) : PyValue.Null);
            Assert.Equal(Expected(c), actual);
        }
    }

    private static string? Expected(JsonElement c) => c.GetProperty("expect").ValueKind == JsonValueKind.Null ? null : c.GetProperty("expect").GetString();

    private static PyValue Str(string s) => PyValue.FromObject(new PyStr(s));

    private static PyDict Names(JsonElement names)
    {
        var d = new PyDict();
        foreach (var n in names.EnumerateArray())
        {
            d.SetStr(PyStr.Intern(n.GetString()!), PyValue.None);
        }

        return d;
    }

    private static PyBaseException MakeWithKeywords(ThreadState ts, PyType type, string message, params (string Name, PyValue Value)[] kw)
    {
        var args = new List<PyValue> { Str(message) };
        args.AddRange(kw.Select(k => k.Value));
        var v = PyOps.Call(ts, PyValue.FromObject(type), args.ToArray(), kw.Length == 0 ? null : new PyTuple(kw.Select(k => PyValue.FromObject(PyStr.Intern(k.Name))).ToArray()));
        Assert.False(v.IsError);
        return (PyBaseException)v.AsObject;
    }
}
