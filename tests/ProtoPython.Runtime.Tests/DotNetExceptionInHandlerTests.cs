using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Tests;

/// <summary>
/// A .NET exception thrown by C# code that an <c>except</c> block calls must become a Python
/// exception raised from that block, once. The eval loop resumes the frame after converting it;
/// with a stale saved instruction offset it found the same handler again and re-ran the block
/// for ever. The native function here throws on its first calls and then stops, so a regression
/// shows up as a call count above one instead of a hang.
/// </summary>
public sealed class DotNetExceptionInHandlerTests
{
    [Theory]
    [InlineData("boom()")]
    [InlineData("B() + 1")]
    [InlineData("B()[0]")]
    [InlineData("B() < 1")]
    [InlineData("for x in B(): pass")]
    [InlineData("with W(): raise ValueError")]
    public void HandlerThatThrowsRunsOnce(string statement)
    {
        var source = "class B:\n    __add__ = __getitem__ = __lt__ = __iter__ = boom\n"
            + "class W:\n    __enter__ = lambda self: self\n    __exit__ = boom\n"
            + "try:\n    try:\n        raise KeyError('k')\n    except Exception:\n        " + statement + "\n"
            + "except Exception as e:\n    print(type(e).__name__)\n";
        var calls = 0;
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var runtime = new PythonRuntime(new RuntimeOptions { StdOut = stdout, StdErr = stderr });
        runtime.Builtins.SetStr(PyStr.Intern("boom"), PyValue.FromObject(new PyBuiltinFunction("boom", (ts, a, kw) =>
        {
            // Throws the first few times only: a handler re-entered by mistake ends instead of hanging.
            if (++calls <= 3)
            {
                throw new InvalidOperationException("boom from C#");
            }

            return PyValue.None;
        })));
        var status = runtime.RunCommand(source, []);
        runtime.FlushAll();
        Assert.True(status == 0, Encoding.UTF8.GetString(stderr.ToArray()));
        Assert.Equal(1, calls);
        Assert.Equal("SystemError", Encoding.UTF8.GetString(stdout.ToArray()).TrimEnd('\n'));
    }
}
