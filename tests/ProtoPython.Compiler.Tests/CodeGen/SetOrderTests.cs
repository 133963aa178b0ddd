using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Flowgraph;
using Assert = Xunit.Assert;

namespace ProtoPython.Compiler.Tests.CodeGen;

/// <summary>Python hashes behind frozenset constant order, recorded with PYTHONHASHSEED=0 python3.14.</summary>
public class SetOrderTests
{
    [Theory]
    [InlineData("a", 4644417185603328019L)]
    [InlineData("ab", 6148830537548944441L)]
    [InlineData("abcdefghij", -829746140550000655L)]
    [InlineData("é", 6047309291227476195L)]
    [InlineData("一", -8198144525740604511L)]
    [InlineData("", 0L)]
    public void StrHash_MatchesCPythonWithHashSeedZero(string s, long expected) =>
        Assert.Equal(expected, SetOrder.Hash(ConstantValue.FromStr(s)));

    [Fact]
    public void OtherHashes_MatchCPython()
    {
        Assert.Equal(4238894112L, SetOrder.Hash(ConstantValue.None));
        Assert.Equal(6148830537548944441L, SetOrder.Hash(ConstantValue.FromBytes("ab"u8)));
        Assert.Equal(6955645834154447545L, SetOrder.Hash(ConstantValue.Tuple(ConstantValue.FromStr("a"), ConstantValue.FromInt(1))));
        Assert.Equal(1152921504606846977L, SetOrder.Hash(ConstantValue.FromFloat(1.5)));
        Assert.Equal(-2L, SetOrder.Hash(ConstantValue.FromInt(-1)));
    }
}
