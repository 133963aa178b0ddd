using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// BenchmarkDotNet's switcher: `--list flat`, `--filter '*Tokenize*'`, `--job short`, `--job dry`,
// `--inProcess` (perf/README.md). The front-end benchmarks read CPython's Lib from PROTOPY_CPYTHON_LIB.
// Out of process, BenchmarkDotNet rebuilds the whole project graph (source generators included)
// with one build node; on the shared 2-core machine that passes its default 2-minute limit.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(ProtoPython.Benchmarks.Micro.FrontEndBenchmark).Assembly).Run(args, config);
