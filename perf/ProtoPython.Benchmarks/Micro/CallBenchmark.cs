using BenchmarkDotNet.Attributes;
using ProtoPython.Objects;

namespace ProtoPython.Benchmarks.Micro;

/// <summary>
/// Calls run by the interpreter: each operation is one Python call whose loop does 128 rounds of
/// 8 calls (1,024 calls); divide by 1,024 for one. <see cref="Loop"/> is the same loop loading a
/// local instead, the overhead to subtract. Forms (checked with <c>--jit-stats</c>): a Python
/// function with exactly its positional arguments (<c>CALL_PY_EXACT_ARGS</c>), with keywords
/// (<c>CALL_KW</c>, not specialized yet), with defaults filled in (<c>CALL_PY_GENERAL</c>), and a
/// builtin function of one argument (<c>abs</c>: <c>CALL_BUILTIN_O</c>).
/// The callee is a global, so each call includes a (cached) <c>LOAD_GLOBAL</c>.
/// </summary>
[MemoryDiagnoser]
public class CallBenchmark
{
    private const string Source = """
        def f(a, b):
            return a

        def g(a, b=1, c=2):
            return a

        def loop(n, a=1):
            for _ in range(n):
                a; a; a; a; a; a; a; a

        def positional(n):
            for _ in range(n):
                f(1, 2); f(1, 2); f(1, 2); f(1, 2); f(1, 2); f(1, 2); f(1, 2); f(1, 2)

        def keywords(n):
            for _ in range(n):
                f(a=1, b=2); f(a=1, b=2); f(a=1, b=2); f(a=1, b=2); f(a=1, b=2); f(a=1, b=2); f(a=1, b=2); f(a=1, b=2)

        def defaults(n):
            for _ in range(n):
                g(1); g(1); g(1); g(1); g(1); g(1); g(1); g(1)

        def builtin(n, x=-3):
            for _ in range(n):
                abs(x); abs(x); abs(x); abs(x); abs(x); abs(x); abs(x); abs(x)
        """;

    private static readonly PyValue Rounds = PyValue.FromInt64(128);
    private PythonSnippet _snippet = null!;
    private PyValue _loop, _positional, _keywords, _defaults, _builtin;

    [GlobalSetup]
    public void Setup()
    {
        _snippet = new PythonSnippet(Source);
        (_loop, _positional, _keywords, _defaults, _builtin) =
            (_snippet["loop"], _snippet["positional"], _snippet["keywords"], _snippet["defaults"], _snippet["builtin"]);
    }

    [Benchmark(Baseline = true)]
    public PyValue Loop() => PythonSnippet.Call(_loop, Rounds);

    [Benchmark]
    public PyValue Positional() => PythonSnippet.Call(_positional, Rounds);

    [Benchmark]
    public PyValue Keywords() => PythonSnippet.Call(_keywords, Rounds);

    [Benchmark]
    public PyValue Defaults() => PythonSnippet.Call(_defaults, Rounds);

    [Benchmark]
    public PyValue Builtin() => PythonSnippet.Call(_builtin, Rounds);
}
