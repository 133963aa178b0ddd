using ProtoPython.Bytecode.Tables;
using System.Collections.Immutable;
using ConstantValue = ProtoPython.Compiler.Ast.ConstantValue;
using ProtoPython.Compiler.Code;
using ProtoPython.Compiler.Disassembly;

namespace ProtoPython.Compiler.Tests.Disassembly;

/// <summary>The disassembler must describe any code object, even a malformed one, without throwing.</summary>
public sealed class DisRobustnessTests
{
    [Fact]
    public void RandomCodeObjectsDisassembleWithoutThrowing()
    {
        var random = new Random(1234);
        for (int round = 0; round < 300; round++)
        {
            var units = new ushort[random.Next(0, 64)];
            for (int i = 0; i < units.Length; i++)
            {
                units[i] = (ushort)random.Next(0, 65536);
            }

            var code = new CodeObject
            {
                ArgCount = 0,
                PosOnlyArgCount = 0,
                KwOnlyArgCount = 0,
                StackSize = 1,
                Flags = (CodeFlags)random.Next(),
                Code = [.. units],
                Consts = [.. Enumerable.Range(0, random.Next(0, 3)).Select(i => (ConstantValue)ConstantValue.FromStr("c" + i))],
                Names = [.. Enumerable.Range(0, random.Next(0, 3)).Select(i => "n" + i)],
                LocalsPlusNames = ["a", "b"],
                LocalsPlusKinds = [LocalKind.Local, LocalKind.Cell],
                Filename = "<random>",
                Name = "r",
                QualName = "r",
                FirstLineNo = random.Next(-5, 2000),
                LineTable = RandomBytes(random),
                ExceptionTable = RandomBytes(random),
            };

            foreach (var options in new[] { DisOptions.Default, new DisOptions(ShowCaches: true, ShowOffsets: true), new DisOptions(ShowPositions: true) })
            {
                string text = Disassembler.Dis(code, options);
                Assert.Equal(units.Length == 0 && code.ExceptionEntries().Count == 0, text.Length == 0);
            }

            Assert.StartsWith("Name:              r\n", CodeInfo.Format(code), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TruncatedExceptionTableDropsTheLastEntry()
    {
        // One complete entry (start 1, size 2, target 3, depth 1 + lasti), then half an entry.
        byte[] table = [0x81, 0x02, 0x03, 0x03, 0x84, 0x05];
        var entries = ExceptionTableReader.Parse(table);
        Assert.Equal([new ExceptionTableEntry(2, 6, 6, 1, true)], entries);
    }

    private static ImmutableArray<byte> RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 24)];
        random.NextBytes(bytes);
        return [.. bytes];
    }
}
