using BenchmarkDotNet.Attributes;
using ProtoPython.Compiler;
using ProtoPython.Compiler.Text;

namespace ProtoPython.Benchmarks.Micro;

/// <summary>
/// Front-end throughput over real CPython Lib files: tokenizing, parsing to an AST, and the whole
/// compile (parse + symtable + codegen + flowgraph + assembler). Measures one file per operation;
/// divide the file size by the mean to get bytes per second. It does not measure decoding from
/// disk (the bytes are read once in setup) nor the first call's JIT cost (BenchmarkDotNet warms up).
/// </summary>
[MemoryDiagnoser]
public class FrontEndBenchmark
{
    private byte[] _bytes = [];
    private string _text = "";

    /// <summary>typing.py: ~3,900 lines of ordinary code; _pydecimal.py: ~6,300 lines, long docstrings.</summary>
    [Params("typing.py", "_pydecimal.py")]
    public string File { get; set; } = "typing.py";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = CPythonLib.Read(File);
        _text = SourceDecoder.Decode(_bytes, File).Text;
    }

    [Benchmark]
    public int Tokenize() => new Compiler.Tokenizer.Tokenizer(_text, File).ReadAll().Count;

    [Benchmark]
    public object Parse() => PythonCompiler.Parse(_bytes, new CompileOptions(File));

    [Benchmark]
    public object ParseAndCompile()
    {
        var options = new CompileOptions(File);
        return PythonCompiler.Compile(PythonCompiler.Parse(_bytes, options), options);
    }
}
