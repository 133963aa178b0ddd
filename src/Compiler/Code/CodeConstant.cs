using System.Runtime.CompilerServices;
using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Code;

/// <summary>A nested code object stored in <c>co_consts</c> (a function body, class body, lambda...).</summary>
public sealed class CodeConstant : ConstantValue
{
    private static long s_nextAddress;

    public CodeConstant(CodeObject code)
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
    }

    public CodeObject Code { get; }

    public override ConstantKind Kind => ConstantKind.Code;

    public override string TypeName => "code";

    public override bool IsTrue => true;

    /// <summary>Code objects are constant keys by identity: two compilations never merge.</summary>
    public override bool Equals(ConstantValue? other) => other is CodeConstant c && ReferenceEquals(c.Code, Code);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(Code);

    /// <summary>
    /// <c>&lt;code object NAME at 0x..., file "FILE", line N&gt;</c>. The address is fake but stable
    /// for the object's lifetime and distinct between code objects, as <c>id()</c> would be.
    /// </summary>
    public override string Repr() => FormatRepr(Code);

    internal static string FormatRepr(CodeObject code) =>
        $"<code object {code.Name} at 0x{FakeAddress(code):x}, file \"{code.Filename}\", line {code.FirstLineNo}>";

    private static long FakeAddress(CodeObject code) => s_addresses.GetValue(code, static _ =>
        new StrongBox<long>(0x7f0000000000 + (Interlocked.Increment(ref s_nextAddress) * 0x1f0))).Value;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CodeObject, StrongBox<long>> s_addresses = new();
}
