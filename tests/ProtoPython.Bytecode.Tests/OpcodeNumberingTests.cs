namespace ProtoPython.Bytecode.Tests;

/// <summary>Names, numbers and families of the generated tables against CPython 3.14.</summary>
public class OpcodeNumberingTests
{
    private static IEnumerable<Opcode> Ours() => OpcodeInfo.AllOpcodes.ToArray().Where(op => (OpcodeInfo.Flags(op) & OpcodeFlags.Ours) != 0);

    [Fact]
    public void Opmap_MatchesCpythonExactly()
    {
        var opmap = CpythonOracle.Opmap;
        foreach (var (name, number) in opmap)
        {
            Assert.Equal(number, (int)CpythonOracle.Op(name));
            Assert.Equal(name, OpcodeInfo.Name((Opcode)number));
            Assert.False(OpcodeInfo.IsSpecialized((Opcode)number), name);
        }

        var ourUnspecialized = OpcodeInfo.AllOpcodes.ToArray().Where(op => !OpcodeInfo.IsSpecialized(op)).Select(OpcodeInfo.Name).Order(StringComparer.Ordinal);
        Assert.Equal(opmap.Keys.Order(StringComparer.Ordinal), ourUnspecialized);
    }

    [Fact]
    public void SpecializedOpmap_MatchesCpythonExactly()
    {
        var specialized = CpythonOracle.SpecializedOpmap;
        foreach (var (name, number) in specialized)
        {
            Assert.Equal(number, (int)CpythonOracle.Op(name));
            Assert.True(OpcodeInfo.IsSpecialized((Opcode)number), name);
        }

        var ours = OpcodeInfo.AllOpcodes.ToArray()
            .Where(op => OpcodeInfo.IsSpecialized(op) && (OpcodeInfo.Flags(op) & OpcodeFlags.Ours) == 0)
            .Select(OpcodeInfo.Name).Order(StringComparer.Ordinal);
        Assert.Equal(specialized.Keys.Order(StringComparer.Ordinal), ours);
    }

    [Fact]
    public void OurAdditions_AreTheEightOfArchitecture52_InCpythonsUnusedRange()
    {
        string[] expected =
        [
            "BINARY_OP_SUBSCR_LIST_I64", "BINARY_OP_SUBSCR_LIST_F64", "FOR_ITER_LIST_I64", "FOR_ITER_LIST_F64",
            "STORE_SUBSCR_LIST_I64", "STORE_SUBSCR_LIST_F64", "CONTAINS_OP_LIST_I64", "CONTAINS_OP_STR",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), Ours().Select(OpcodeInfo.Name).Order(StringComparer.Ordinal));
        var cpythonNumbers = CpythonOracle.Opmap.Values.Concat(CpythonOracle.SpecializedOpmap.Values).ToHashSet();
        foreach (var op in Ours())
        {
            Assert.InRange((int)op, 0, 255);
            Assert.DoesNotContain((int)op, cpythonNumbers);
            Assert.True(OpcodeInfo.IsSpecialized(op));
            var name = OpcodeInfo.Name(op);
            var family = OpcodeInfo.Name(OpcodeInfo.Deopt(op));
            Assert.StartsWith(family + "_", name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Families_MatchCpythonSpecializations_InOrder()
    {
        var families = CpythonOracle.Root.GetProperty("specializations");
        var ourBases = OpcodeInfo.AllOpcodes.ToArray().Where(op => OpcodeInfo.Specializations(op).Length > 0).Select(OpcodeInfo.Name).Order(StringComparer.Ordinal);
        Assert.Equal(families.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), ourBases);
        foreach (var family in families.EnumerateObject())
        {
            var head = CpythonOracle.Op(family.Name);
            var members = OpcodeInfo.Specializations(head).ToArray();
            var cpythonMembers = members.Where(op => (OpcodeInfo.Flags(op) & OpcodeFlags.Ours) == 0).Select(OpcodeInfo.Name);
            Assert.Equal(CpythonOracle.Strings(family.Value), cpythonMembers);
            Assert.True((OpcodeInfo.Flags(head) & OpcodeFlags.FamilyBase) != 0);
            foreach (var member in members)
            {
                Assert.Equal(head, OpcodeInfo.Deopt(member));
            }
        }
    }

    [Fact]
    public void Deopt_IsIdentityForEverythingButSpecializedForms()
    {
        foreach (var op in OpcodeInfo.AllOpcodes)
        {
            if (!OpcodeInfo.IsSpecialized(op))
            {
                Assert.Equal(op, OpcodeInfo.Deopt(op));
            }
            else
            {
                Assert.NotEqual(op, OpcodeInfo.Deopt(op));
            }
        }
    }

    [Fact]
    public void Constants_MatchCpython()
    {
        Assert.Equal(OpcodeInfo.HaveArgument, CpythonOracle.Root.GetProperty("HAVE_ARGUMENT").GetInt32());
        Assert.Equal(OpcodeInfo.MinInstrumentedOpcode, CpythonOracle.Root.GetProperty("MIN_INSTRUMENTED_OPCODE").GetInt32());
        Assert.Equal((int)Opcode.ExtendedArg, CpythonOracle.Root.GetProperty("EXTENDED_ARG").GetInt32());
    }

    [Fact]
    public void Names_RoundTrip_AndUndefinedNumbersPrintLikeDis()
    {
        foreach (var op in OpcodeInfo.AllOpcodes)
        {
            Assert.True(OpcodeInfo.TryGetOpcode(OpcodeInfo.Name(op), out var back));
            Assert.Equal(op, back);
        }

        Assert.Equal("<121>", OpcodeInfo.Name((Opcode)121));
        Assert.False(OpcodeInfo.IsDefined(121));
        Assert.False(OpcodeInfo.TryGetOpcode("LOAD_METHOD", out _));
        Assert.Equal(Opcode.LoadFast, CpythonOracle.Op("LOAD_FAST"));
        Assert.Equal(Opcode.BinaryOpAddInt, CpythonOracle.Op("BINARY_OP_ADD_INT"));
    }

    [Fact]
    public void PseudoTargets_FollowCpython314()
    {
        Assert.Equal([Opcode.JumpForward, Opcode.JumpBackward], OpcodeInfo.PseudoTargets(Opcode.Jump).ToArray());
        Assert.Equal([Opcode.JumpForward, Opcode.JumpBackwardNoInterrupt], OpcodeInfo.PseudoTargets(Opcode.JumpNoInterrupt).ToArray());
        Assert.Equal([Opcode.Copy, Opcode.ToBool, Opcode.PopJumpIfFalse], OpcodeInfo.PseudoTargets(Opcode.JumpIfFalse).ToArray());
        Assert.Equal([Opcode.LoadFast], OpcodeInfo.PseudoTargets(Opcode.LoadClosure).ToArray());
        Assert.Equal([Opcode.StoreFast], OpcodeInfo.PseudoTargets(Opcode.StoreFastMaybeNull).ToArray());
        Assert.Equal([Opcode.Nop], OpcodeInfo.PseudoTargets(Opcode.SetupFinally).ToArray());
        Assert.True(OpcodeInfo.PseudoTargetsAreSequence(Opcode.JumpIfTrue));
        Assert.False(OpcodeInfo.PseudoTargetsAreSequence(Opcode.Jump));
        foreach (var op in OpcodeInfo.AllOpcodes)
        {
            Assert.Equal(OpcodeInfo.IsPseudo(op), (int)op >= 256);
            Assert.Equal(OpcodeInfo.IsPseudo(op), OpcodeInfo.PseudoTargets(op).Length > 0);
        }
    }
}
