namespace ProtoPython.Bytecode.Tests;

/// <summary>Stack effects against CPython 3.14's <c>_opcode.stack_effect</c>.</summary>
public class StackEffectTests
{
    [Fact]
    public void StackEffect_MatchesCpython_ForEveryRealAndPseudoOpcode()
    {
        var effects = CpythonOracle.Root.GetProperty("stack_effect");
        var checkedRows = 0;
        foreach (var op in effects.EnumerateObject())
        {
            var opcode = CpythonOracle.Op(op.Name);
            foreach (var row in op.Value.EnumerateObject())
            {
                var oparg = int.Parse(row.Name, System.Globalization.CultureInfo.InvariantCulture);
                var expected = row.Value.EnumerateArray().Select(e => e.GetInt32()).ToArray();
                var actual = new[] { OpcodeInfo.StackEffect(opcode, oparg), OpcodeInfo.StackEffect(opcode, oparg, jump: true), OpcodeInfo.StackEffect(opcode, oparg, jump: false) };
                Assert.True(expected.SequenceEqual(actual), $"{op.Name} oparg={oparg}: CPython [{string.Join(", ", expected)}], ours [{string.Join(", ", actual)}]");
                checkedRows++;
            }
        }

        Assert.True(checkedRows > 1000, $"only {checkedRows} rows checked");
    }

    [Fact]
    public void PushedMinusPopped_IsTheStackEffect_AndCountsAreNonNegative()
    {
        foreach (var op in OpcodeInfo.AllOpcodes)
        {
            // oparg >= 2 keeps COPY/SWAP's "oparg - 1"/"oparg - 2" arrays meaningful.
            foreach (var oparg in new[] { 2, 3, 7, 258 })
            {
                var popped = OpcodeInfo.Popped(op, oparg);
                var pushed = OpcodeInfo.Pushed(op, oparg);
                Assert.True(popped >= 0 && pushed >= 0, $"{OpcodeInfo.Name(op)} oparg={oparg}");
                Assert.Equal(pushed - popped, OpcodeInfo.StackEffect(op, oparg));
            }
        }
    }

    [Fact]
    public void SpecializedForms_KeepTheirFamilyStackEffect_ForOpargsTheyAccept()
    {
        foreach (var op in OpcodeInfo.AllOpcodes)
        {
            // BINARY_OP_INPLACE_ADD_UNICODE also performs the STORE_FAST after it and skips it.
            if (!OpcodeInfo.IsSpecialized(op) || op == Opcode.BinaryOpInplaceAddUnicode)
            {
                continue;
            }

            var family = OpcodeInfo.Deopt(op);
            var agreeing = Enumerable.Range(0, 16).Count(oparg => OpcodeInfo.StackEffect(op, oparg) == OpcodeInfo.StackEffect(family, oparg));
            // Forms that require a particular oparg (method loads need oparg & 1, UNPACK_SEQUENCE_TWO_TUPLE needs 2)
            // agree on at least one.
            Assert.True(agreeing > 0, OpcodeInfo.Name(op));
        }
    }

    [Fact]
    public void UndefinedOpcodes_HaveNoStackEffect()
    {
        Assert.Equal(-1, OpcodeInfo.Popped((Opcode)121, 0));
        Assert.Equal(-1, OpcodeInfo.Pushed((Opcode)5000, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => OpcodeInfo.StackEffect((Opcode)121, 0));
    }

    [Fact]
    public void Notation_IsKeptAsWritten()
    {
        Assert.Equal("(-- res, null[oparg & 1])", OpcodeInfo.StackEffectNotation(Opcode.LoadGlobal));
        Assert.Equal("(callable, self_or_null, args[oparg] -- res)", OpcodeInfo.StackEffectNotation(Opcode.Call));
        Assert.Equal("(values[oparg * 2] -- map)", OpcodeInfo.StackEffectNotation(Opcode.BuildMap));
        Assert.Equal("(--)", OpcodeInfo.StackEffectNotation(Opcode.Nop));
        Assert.Equal(3, OpcodeInfo.Popped(Opcode.Call, 1));
        Assert.Equal(1, OpcodeInfo.Pushed(Opcode.Call, 1));
        Assert.Equal(2, OpcodeInfo.Pushed(Opcode.LoadGlobal, 5));
    }
}
