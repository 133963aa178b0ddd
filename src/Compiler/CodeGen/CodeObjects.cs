using ProtoPython.Compiler.Code;

namespace ProtoPython.Compiler.CodeGen;

/// <summary>Copies of code objects with one attribute changed.</summary>
internal static class CodeObjects
{
    /// <summary>An <c>__annotate__</c> function's ".format" parameter is shown as "format".</summary>
    public static CodeObject WithFirstLocalName(CodeObject co, string name) => new()
    {
        ArgCount = co.ArgCount,
        PosOnlyArgCount = co.PosOnlyArgCount,
        KwOnlyArgCount = co.KwOnlyArgCount,
        StackSize = co.StackSize,
        Flags = co.Flags,
        Code = co.Code,
        Consts = co.Consts,
        Names = co.Names,
        LocalsPlusNames = co.LocalsPlusNames.SetItem(0, name),
        LocalsPlusKinds = co.LocalsPlusKinds,
        Filename = co.Filename,
        Name = co.Name,
        QualName = co.QualName,
        FirstLineNo = co.FirstLineNo,
        LineTable = co.LineTable,
        ExceptionTable = co.ExceptionTable,
    };
}
