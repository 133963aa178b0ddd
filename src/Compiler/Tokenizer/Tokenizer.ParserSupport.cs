namespace ProtoPython.Compiler.Tokenizer;

/// <summary>State the parser consults for pegen's error precedence rules.</summary>
public sealed partial class Tokenizer
{
    /// <summary>True while inside an f-string or t-string (CPython's <c>tok_mode_stack_index &gt; 0</c>).</summary>
    internal bool InFormatString => _modeIndex > 0;
}
