using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Parser;
using ProtoPython.Compiler.Text;

namespace ProtoPython.Compiler;

/// <summary>The front end's entry points: source to AST here, AST to code in PythonCompiler.Compile.cs.</summary>
public static partial class PythonCompiler
{
    /// <summary>Parses source bytes, decoded by PEP 263 (BOM, coding cookie, default UTF-8).</summary>
    /// <exception cref="Diagnostics.PythonSyntaxError">The source is not valid Python 3.14.</exception>
    /// <exception cref="Diagnostics.CompilerLimitError">The source nests too deeply to parse.</exception>
    public static ModNode Parse(ReadOnlySpan<byte> source, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = SourceDecoder.Decode(source, options.Filename);
        return Parse(text, options);
    }

    /// <summary>Parses already decoded source text.</summary>
    /// <exception cref="Diagnostics.PythonSyntaxError">The source is not valid Python 3.14.</exception>
    /// <exception cref="Diagnostics.CompilerLimitError">The source nests too deeply to parse.</exception>
    public static ModNode Parse(string source, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        return Parse(new SourceText(source), options);
    }

    private static ModNode Parse(SourceText text, CompileOptions options)
    {
        var tokenizer = new Tokenizer.Tokenizer(text, options.Filename, extraTokens: false, warnings: options.Warnings,
            typeComments: (options.Flags & CompileFlags.TypeComments) != 0);
        var implicitNewline = tokenizer.Buffer.Length > text.Text.Length ? text.Text.Length : -1;
        var parser = new PegParser(new TokenizerSource(tokenizer), tokenizer.Buffer, options, implicitNewline);
        return parser.Run();
    }
}
