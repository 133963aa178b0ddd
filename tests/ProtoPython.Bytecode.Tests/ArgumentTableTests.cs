using ProtoPython.Bytecode.Arguments;

namespace ProtoPython.Bytecode.Tests;

/// <summary>The hand-written oparg tables against what CPython 3.14's <c>dis</c> prints.</summary>
public class ArgumentTableTests
{
    private static System.Text.Json.JsonElement ArgRepr(string op) => CpythonOracle.Root.GetProperty("argrepr").GetProperty(op);

    [Fact]
    public void BinaryOp_NamesAndSymbols()
    {
        var nbOps = CpythonOracle.Root.GetProperty("nb_ops").EnumerateArray().Select(e => (Name: e[0].GetString(), Symbol: e[1].GetString())).ToArray();
        Assert.Equal(BinaryOpArgs.Count, nbOps.Length);
        for (var i = 0; i < nbOps.Length; i++)
        {
            Assert.Equal(nbOps[i].Name, BinaryOpArgs.Name(i));
            Assert.Equal(nbOps[i].Name, "NB_" + string.Concat(((BinaryOpArg)i).ToString().Skip(2).Select((c, k) => k > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant());
        }

        Assert.Equal(CpythonOracle.Strings(ArgRepr("BINARY_OP")), Enumerable.Range(0, BinaryOpArgs.Count).Select(BinaryOpArgs.Symbol));
        Assert.Equal((int)BinaryOpArg.NbInplaceAdd, (int)BinaryOpArg.NbAdd + BinaryOpArgs.InplaceOffset);
        Assert.Null(BinaryOpArgs.Symbol(27));
    }

    [Fact]
    public void CompareOp_ArgReprForEveryOparg()
    {
        foreach (var entry in ArgRepr("COMPARE_OP").EnumerateObject())
        {
            var oparg = int.Parse(entry.Name, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(entry.Value.GetString(), CompareOpArg.ArgRepr(oparg));
        }
    }

    [Fact]
    public void CompareOp_EncodingMatchesCpythonCodegen()
    {
        var cmpOp = CpythonOracle.Strings(CpythonOracle.Root.GetProperty("cmp_op"));
        var opargs = CpythonOracle.Root.GetProperty("compare_opargs");
        for (var op = 0; op < cmpOp.Length; op++)
        {
            var expected = CpythonOracle.Ints(opargs.GetProperty(cmpOp[op]));
            Assert.Equal(expected[0], CompareOpArg.Encode(op, coerceToBool: false));
            Assert.Equal(expected[1], CompareOpArg.Encode(op, coerceToBool: true));
            Assert.Equal(op, CompareOpArg.Operator(expected[1]));
        }
    }

    [Fact]
    public void ConvertValue_SetFunctionAttribute_IsOp_ContainsOp()
    {
        Assert.Equal(CpythonOracle.Strings(ArgRepr("CONVERT_VALUE")), Enumerable.Range(0, 4).Select(ConversionArgs.ArgRepr));
        foreach (var entry in ArgRepr("SET_FUNCTION_ATTRIBUTE").EnumerateObject())
        {
            Assert.Equal(entry.Value.GetString(), FunctionAttributeArgs.ArgRepr(int.Parse(entry.Name, System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(CpythonOracle.Strings(ArgRepr("IS_OP")), new[] { InvertArg.IsOpArgRepr(0), InvertArg.IsOpArgRepr(1) });
        Assert.Equal(CpythonOracle.Strings(ArgRepr("CONTAINS_OP")), new[] { InvertArg.ContainsOpArgRepr(0), InvertArg.ContainsOpArgRepr(1) });
        Assert.Equal(1 << 4, (int)FunctionAttribute.Annotate);
        Assert.Equal((int)Conversion.Repr, ConversionArgs.FromChar('r'));
    }

    [Fact]
    public void Intrinsics_CommonConstants_SpecialMethods()
    {
        Assert.Equal(CpythonOracle.Strings(CpythonOracle.Root.GetProperty("intrinsic1_descs")), Enumerable.Range(0, IntrinsicArgs.UnaryCount).Select(IntrinsicArgs.UnaryName));
        Assert.Equal(CpythonOracle.Strings(CpythonOracle.Root.GetProperty("intrinsic2_descs")), Enumerable.Range(0, IntrinsicArgs.BinaryCount).Select(IntrinsicArgs.BinaryName));
        Assert.Equal(CpythonOracle.Strings(ArgRepr("CALL_INTRINSIC_1")), Enumerable.Range(0, IntrinsicArgs.UnaryCount).Select(IntrinsicArgs.UnaryName));
        Assert.Equal(CpythonOracle.Strings(ArgRepr("LOAD_COMMON_CONSTANT")), Enumerable.Range(0, CommonConstantArgs.Count).Select(CommonConstantArgs.ArgRepr));
        Assert.Equal(CpythonOracle.Strings(ArgRepr("LOAD_SPECIAL")), Enumerable.Range(0, SpecialMethodArgs.Count).Select(SpecialMethodArgs.Name));
        Assert.Equal(CpythonOracle.Strings(CpythonOracle.Root.GetProperty("special_method_names")), Enumerable.Range(0, SpecialMethodArgs.Count).Select(SpecialMethodArgs.Name));
        Assert.Equal((int)Intrinsic1.TypeAlias, IntrinsicArgs.UnaryCount - 1);
        Assert.Equal((int)Intrinsic2.SetTypeparamDefault, IntrinsicArgs.BinaryCount - 1);
    }

    [Fact]
    public void PackedOpargs()
    {
        Assert.Equal(5, PackedArg.LoadGlobal(2, pushNull: true));
        Assert.Equal(15, PackedArg.LoadSuperAttr(3, method: true, twoArgForm: true));
        Assert.Equal((1, 2), PackedArg.SplitTwoLocals(PackedArg.TwoLocals(1, 2)));
        Assert.Equal(2 + 3, OpcodeInfo.StackEffect(Opcode.UnpackEx, PackedArg.UnpackEx(2, 3)));
        Assert.Equal(5, ResumeArg.AfterYield | ResumeArg.Depth1Mask);
    }
}
