using System.Text;
using ProtoPython.Bytecode;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Tests;

/// <summary>
/// <c>code._co_code_adaptive</c> (AdaptiveCodeView): forms CPython lacks show as CPython's
/// equivalent or the generic family, and cache entries move to CPython 3.14's layout. The
/// specialized opcodes are written by hand, so these hold in every specialization mode.
/// </summary>
public sealed class AdaptiveCodeViewTests
{
    private const string Source = "def f(xs, x):\n    for v in xs:\n        xs[0] = v\n    return x in xs, xs[0], len, xs.y\n";

    [Theory]
    [InlineData(Opcode.ForIter, Opcode.ForIterListI64, Opcode.ForIterList)]
    [InlineData(Opcode.ForIter, Opcode.ForIterListF64, Opcode.ForIterList)]
    [InlineData(Opcode.ContainsOp, Opcode.ContainsOpStr, Opcode.ContainsOp)]
    [InlineData(Opcode.ContainsOp, Opcode.ContainsOpListI64, Opcode.ContainsOp)]
    [InlineData(Opcode.StoreSubscr, Opcode.StoreSubscrListF64, Opcode.StoreSubscrListInt)]
    [InlineData(Opcode.BinaryOp, Opcode.BinaryOpSubscrListI64, Opcode.BinaryOpSubscrListInt)]
    [InlineData(Opcode.ForIter, Opcode.ForIterRange, Opcode.ForIterRange)]
    public void OurFormsShowAsCPythons(Opcode family, Opcode ours, Opcode shown)
    {
        var code = Compile();
        var at = Find(code, family);
        code.Instructions[at] = (ushort)((code.Instructions[at] & 0xFF00) | (int)ours);
        var view = AdaptiveCodeView.Units(code);
        Assert.Equal(shown, (Opcode)(view[at] & 0xFF));
        Assert.Equal(code.Instructions[at] >> 8, view[at] >> 8);
        Assert.Equal(ours, (Opcode)(code.Instructions[at] & 0xFF));
    }

    [Fact]
    public void LoadGlobalCachesFollowCPythonsStruct()
    {
        var code = Compile();
        var at = Find(code, Opcode.LoadGlobal);
        var u = code.Instructions;
        u[at] = (ushort)((u[at] & 0xFF00) | (int)Opcode.LoadGlobalBuiltin);
        (u[at + 1], u[at + 2], u[at + 3], u[at + 4]) = (832, 11, 22, 33); // counter, index, module, builtin versions
        var view = AdaptiveCodeView.Units(code);
        // _PyLoadGlobalCache: counter, module_keys_version, builtin_keys_version, index.
        Assert.Equal([832, 22, 33, 11], view[(at + 1)..(at + 5)].Select(x => (int)x));
    }

    [Fact]
    public void LoadAttrModuleCachesFollowCPythonsStruct()
    {
        var code = Compile();
        var at = Find(code, Opcode.LoadAttr);
        var u = code.Instructions;
        u[at] = (ushort)((u[at] & 0xFF00) | (int)Opcode.LoadAttrModule);
        (u[at + 4], u[at + 5], u[at + 6], u[at + 7]) = (0x1234, 0x5, 7, 99);
        var view = AdaptiveCodeView.Units(code);
        // counter, then dict_version (2 units), index, and zeros where CPython keeps a pointer.
        Assert.Equal([0x1234, 0x5, 7, 0, 0, 0, 0, 0], view[(at + 2)..(at + 10)].Select(x => (int)x));
    }

    [Fact]
    public void CodeThatNeverRanShowsCoCode()
    {
        var code = Compile();
        code.IsQuickened = false;
        Assert.Equal(code.OriginalCode, AdaptiveCodeView.Units(code));
    }

    // f's code, marked quickened so the view reads Instructions, which the tests then rewrite.
    private static PyCode Compile()
    {
        var stderr = new MemoryStream();
        var runtime = new PythonRuntime(new RuntimeOptions { StdOut = new MemoryStream(), StdErr = stderr });
        Assert.True(runtime.RunCommand(Source, []) == 0, Encoding.UTF8.GetString(stderr.ToArray()));
        Assert.True(runtime.Imports.Modules.TryGetStr(PyStr.Intern("__main__"), out var m));
        Assert.True(((PyModule)m.AsObject).Dict.TryGetStr(PyStr.Intern("f"), out var f));
        var code = ((PyFunction)f.AsObject).Code;
        code.IsQuickened = true;
        return code;
    }

    private static int Find(PyCode code, Opcode family)
    {
        var units = code.Instructions;
        for (var i = 0; i < units.Length; i += 1 + OpcodeInfo.CacheEntries(OpcodeInfo.Deopt((Opcode)(units[i] & 0xFF))))
        {
            if ((Opcode)(units[i] & 0xFF) == family)
            {
                return i;
            }
        }

        Assert.Fail("no " + OpcodeInfo.Name(family) + " in f");
        return -1;
    }
}
