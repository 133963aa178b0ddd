using BenchmarkDotNet.Running;

// BenchmarkDotNet's switcher: `--list flat`, `--filter '*Tokenize*'`, `--job short`, `--job dry`
// (perf/README.md). The front-end benchmarks read CPython's Lib from PROTOPY_CPYTHON_LIB.
BenchmarkSwitcher.FromAssembly(typeof(ProtoPython.Benchmarks.Micro.FrontEndBenchmark).Assembly).Run(args);
