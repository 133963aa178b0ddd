using Xunit;

// A runtime's objects are process-wide (builtin types, their version tags, the dict-keys and
// function version counters, the specializer's mode): the interpreter assumes one thread runs
// Python at a time (stage 1, a GIL). Test classes that each start a runtime must therefore not run
// in parallel; they did, and specialization and code-cache tests failed now and then.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
