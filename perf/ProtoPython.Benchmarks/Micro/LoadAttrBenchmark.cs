using BenchmarkDotNet.Attributes;
using ProtoPython.Objects;

namespace ProtoPython.Benchmarks.Micro;

/// <summary>
/// Attribute loads through LOAD_ATTR's inline cache, run by the interpreter: each operation is one
/// Python call whose loop does 128 rounds of 8 loads (1,024 loads); divide by 1,024 for one.
/// <see cref="Loop"/> is the same loop loading a local instead, the overhead to subtract. Forms
/// (checked with <c>--jit-stats</c>): instance attribute (<c>LOAD_ATTR_INSTANCE_VALUE</c>),
/// <c>__slots__</c> attribute (<c>LOAD_ATTR_SLOT</c>), class attribute on the class
/// (<c>LOAD_ATTR_CLASS</c>), method load for a call (<c>o.m()</c>: <c>LOAD_ATTR_METHOD_WITH_VALUES</c>
/// and the call, <c>CALL_PY_EXACT_ARGS</c>; compare with <see cref="CallBenchmark.Positional"/>), and
/// a site two classes alternate at (<c>LOAD_ATTR_INSTANCE_VALUE</c> misses half the time and falls
/// back to the generic load).
/// </summary>
[MemoryDiagnoser]
public class LoadAttrBenchmark
{
    private const string Source = """
        class Plain:
            def __init__(self):
                self.x = 1
            def method(self):
                return 1

        class Other:
            def __init__(self):
                self.y = 0
                self.x = 2

        class Slotted:
            __slots__ = ('x',)
            def __init__(self):
                self.x = 1

        class WithClassAttr:
            x = 1

        def loop(n, o=Plain()):
            for _ in range(n):
                o; o; o; o; o; o; o; o

        def instance(n, o=Plain()):
            for _ in range(n):
                o.x; o.x; o.x; o.x; o.x; o.x; o.x; o.x

        def slot(n, o=Slotted()):
            for _ in range(n):
                o.x; o.x; o.x; o.x; o.x; o.x; o.x; o.x

        def class_attr(n, c=WithClassAttr):
            for _ in range(n):
                c.x; c.x; c.x; c.x; c.x; c.x; c.x; c.x

        def method(n, o=Plain()):
            for _ in range(n):
                o.method(); o.method(); o.method(); o.method(); o.method(); o.method(); o.method(); o.method()

        def miss(n, objs=(Plain(), Other())):
            for i in range(n):
                o = objs[i & 1]
                o.x; o.x; o.x; o.x; o.x; o.x; o.x; o.x
        """;

    private static readonly PyValue Rounds = PyValue.FromInt64(128);
    private PythonSnippet _snippet = null!;
    private PyValue _loop, _instance, _slot, _class, _method, _miss;

    [GlobalSetup]
    public void Setup()
    {
        _snippet = new PythonSnippet(Source);
        (_loop, _instance, _slot, _class, _method, _miss) =
            (_snippet["loop"], _snippet["instance"], _snippet["slot"], _snippet["class_attr"], _snippet["method"], _snippet["miss"]);
    }

    [Benchmark(Baseline = true)]
    public PyValue Loop() => PythonSnippet.Call(_loop, Rounds);

    [Benchmark]
    public PyValue Instance() => PythonSnippet.Call(_instance, Rounds);

    [Benchmark]
    public PyValue Slot() => PythonSnippet.Call(_slot, Rounds);

    [Benchmark]
    public PyValue Class() => PythonSnippet.Call(_class, Rounds);

    [Benchmark]
    public PyValue MethodCall() => PythonSnippet.Call(_method, Rounds);

    [Benchmark]
    public PyValue Miss() => PythonSnippet.Call(_miss, Rounds);
}
