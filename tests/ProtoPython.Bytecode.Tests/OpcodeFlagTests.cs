namespace ProtoPython.Bytecode.Tests;

/// <summary>Flags and inline caches of the generated tables against CPython 3.14.</summary>
public class OpcodeFlagTests
{
    public static TheoryData<string, OpcodeFlags> DisLists() => new()
    {
        { "hasarg", OpcodeFlags.HasArg },
        { "hasconst", OpcodeFlags.HasConst },
        { "hasname", OpcodeFlags.HasName },
        { "hasjump", OpcodeFlags.HasJump },
        { "hasjrel", OpcodeFlags.HasJump },
        { "hasfree", OpcodeFlags.HasFree },
        { "haslocal", OpcodeFlags.HasLocal },
        { "hasexc", OpcodeFlags.HasExc },
        { "hascompare", OpcodeFlags.HasCompare },
    };

    [Theory]
    [MemberData(nameof(DisLists))]
    public void DisFlagList_MatchesCpython(string list, OpcodeFlags flag)
    {
        var ours = CpythonOracle.Opmap.Values.Where(op => (OpcodeInfo.Flags((Opcode)op) & flag) != 0).Order();
        Assert.Equal(CpythonOracle.IntList(list).Order(), ours);
    }

    [Fact]
    public void NoAbsoluteJumps_AsInCpython314()
    {
        Assert.Empty(CpythonOracle.IntList("hasjabs"));
    }

    public static TheoryData<string, OpcodeFlags> Predicates() => new()
    {
        { "has_arg", OpcodeFlags.HasArg },
        { "has_const", OpcodeFlags.HasConst },
        { "has_name", OpcodeFlags.HasName },
        { "has_jump", OpcodeFlags.HasJump },
        { "has_free", OpcodeFlags.HasFree },
        { "has_local", OpcodeFlags.HasLocal },
        { "has_exc", OpcodeFlags.HasExc },
    };

    /// <summary>_opcode's predicates also cover the specialized forms (their own CPython flags).</summary>
    [Theory]
    [MemberData(nameof(Predicates))]
    public void OpcodePredicate_MatchesCpython_ForEveryNumber(string predicate, OpcodeFlags flag)
    {
        var expected = CpythonOracle.Ints(CpythonOracle.Root.GetProperty("predicates").GetProperty(predicate)).ToHashSet();
        for (var op = 0; op < 300; op++)
        {
            if (IsOurs(op))
            {
                continue;
            }

            Assert.True(expected.Contains(op) == ((OpcodeInfo.Flags((Opcode)op) & flag) != 0), $"{predicate}({op} {OpcodeInfo.Name((Opcode)op)})");
        }
    }

    [Fact]
    public void IsDefined_MatchesCpythonIsValid()
    {
        var valid = CpythonOracle.Ints(CpythonOracle.Root.GetProperty("predicates").GetProperty("is_valid")).ToHashSet();
        for (var op = 0; op < 300; op++)
        {
            if (!IsOurs(op))
            {
                Assert.True(valid.Contains(op) == OpcodeInfo.IsDefined(op), $"is_valid({op})");
            }
        }
    }

    [Fact]
    public void InlineCacheEntries_MatchCpython_AndFamiliesShareThem()
    {
        var entries = CpythonOracle.NameMap("inline_cache_entries");
        foreach (var (name, number) in CpythonOracle.Opmap)
        {
            Assert.Equal(entries.GetValueOrDefault(name), OpcodeInfo.CacheEntries((Opcode)number));
        }

        foreach (var op in OpcodeInfo.AllOpcodes)
        {
            Assert.Equal(OpcodeInfo.CacheEntries(OpcodeInfo.Deopt(op)), OpcodeInfo.CacheEntries(op));
            var sum = 0;
            foreach (var entry in OpcodeInfo.CacheLayout(op))
            {
                sum += entry.Size;
            }

            Assert.Equal(OpcodeInfo.CacheEntries(op), sum);
        }
    }

    [Fact]
    public void CacheLayout_MatchesCpythonCacheFormat_InOrder()
    {
        var formats = CpythonOracle.Root.GetProperty("cache_format");
        foreach (var (name, number) in CpythonOracle.Opmap)
        {
            var expected = formats.TryGetProperty(name, out var format)
                ? format.EnumerateObject().Select(p => new CacheEntry(p.Name, p.Value.GetInt32())).ToArray()
                : [];
            Assert.Equal(expected, OpcodeInfo.CacheLayout((Opcode)number).ToArray());
        }

        Assert.Equal(
            [new CacheEntry("counter", 1), new CacheEntry("index", 1), new CacheEntry("module_keys_version", 1), new CacheEntry("builtin_keys_version", 1)],
            OpcodeInfo.CacheLayout(Opcode.LoadGlobalBuiltin).ToArray());
    }

    [Fact]
    public void ControlFlowFlags_FollowCpythonCompilerMacros()
    {
        // IS_SCOPE_EXIT_OPCODE and IS_UNCONDITIONAL_JUMP_OPCODE in CPython 3.14's pycore_opcode_utils.h;
        // HAS_EVAL_BREAK_FLAG on the unspecialized instructions of pycore_opcode_metadata.h.
        Opcode[] exits = [Opcode.ReturnValue, Opcode.RaiseVarargs, Opcode.Reraise];
        Opcode[] jumps = [Opcode.Jump, Opcode.JumpNoInterrupt, Opcode.JumpForward, Opcode.JumpBackward, Opcode.JumpBackwardNoInterrupt];
        var defined = OpcodeInfo.AllOpcodes.ToArray();
        Assert.Equal(exits.Order(), defined.Where(OpcodeInfo.IsScopeExit).Order());
        Assert.Equal(jumps.Order(), defined.Where(OpcodeInfo.IsUnconditionalJump).Order());
        Assert.True(OpcodeInfo.HasNoFallthrough(Opcode.ReturnValue));
        Assert.False(OpcodeInfo.HasNoFallthrough(Opcode.PopJumpIfTrue));
        Opcode[] evalBreaks = [Opcode.CallFunctionEx, Opcode.Call, Opcode.CallKw, Opcode.JumpBackward, Opcode.Resume, Opcode.Jump];
        Assert.Equal(evalBreaks.Order(), defined.Where(OpcodeInfo.HasEvalBreak).Order());
        Assert.True(OpcodeInfo.IsBackwardJump(Opcode.JumpBackward));
        Assert.True(OpcodeInfo.IsBackwardJump(Opcode.EndAsyncFor));
        Assert.False(OpcodeInfo.IsBackwardJump(Opcode.ForIter));
    }

    [Fact]
    public void JumpDirection_IsKnownForEveryRealJump()
    {
        foreach (var op in OpcodeInfo.AllOpcodes)
        {
            var flags = OpcodeInfo.Flags(op);
            if ((flags & OpcodeFlags.HasJump) != 0 && !OpcodeInfo.IsPseudo(op))
            {
                Assert.True(((flags & OpcodeFlags.JumpForward) != 0) ^ ((flags & OpcodeFlags.JumpBackward) != 0), OpcodeInfo.Name(op));
            }
        }
    }

    private static bool IsOurs(int op) => OpcodeInfo.IsDefined(op) && (OpcodeInfo.Flags((Opcode)op) & OpcodeFlags.Ours) != 0;
}
