using System.Text;
using ProtoPython.Objects;
using ThreadState = ProtoPython.Objects.ThreadState;
using ProtoPython.Runtime;

namespace ProtoPython.Conformance.Tests;

/// <summary>What a program printed and its exit status under ProtoPython.</summary>
public sealed record RunResult(string Stdout, string Stderr, int ExitCode, bool TimedOut);

/// <summary>
/// Runs a conformance program in-process: a fresh runtime with captured streams, on a thread with
/// the CLI's 256 MB stack, with the program's folder as working directory (so runs are sequential).
/// </summary>
public static class ProgramRunner
{
    private const int StackBytes = 256 * 1024 * 1024;
    private static readonly Lock s_lock = new();

    // tools/record-expected records every program with PYTHONHASHSEED=0, so str/bytes hashes and
    // the order of string sets must come from seed 0 here too, whatever the test process's
    // environment says. The secret is process-wide and strings cache their hash, so it is fixed
    // once, before the first runtime exists, and cannot change per program.
    static ProgramRunner() => ProtoPython.Objects.Hashing.HashSecret.Current = ProtoPython.Objects.Hashing.HashSecret.FromSeed(0);

    public static RunResult Run(ConformanceProgram program, TimeSpan timeout)
    {
        lock (s_lock)
        {
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            var stdin = new MemoryStream(Encoding.UTF8.GetBytes(program.Stdin));
            var dir = Path.GetDirectoryName(program.Path)!;
            var previous = Directory.GetCurrentDirectory();
            var exitCode = -1;
            Exception? crash = null;
            ThreadState? state = null;
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        state = ThreadState.Current;

                        // Process-wide settings a previous program may have changed.
                        ThreadState.RecursionLimit = ThreadState.DefaultRecursionLimit;
                        PyInt.TrySetMaxStrDigits(ThreadState.Current, PyInt.DefaultMaxStrDigits);
                        var runtime = new PythonRuntime(new RuntimeOptions { StdOut = stdout, StdErr = stderr, StdIn = stdin, NoSite = true });
                        exitCode = runtime.RunFile(Path.GetFileName(program.Path), [Path.GetFileName(program.Path), .. program.Args]);
                    }
                    catch (Exception e)
                    {
                        crash = e;
                    }
                },
                StackBytes)
            {
                IsBackground = true,
                Name = "conformance " + program.Id,
            };
            Directory.SetCurrentDirectory(dir);
            try
            {
                thread.Start();
                var finished = thread.Join(timeout);
                if (!finished && state is not null)
                {
                    // Stop the runaway program at its next loop edge or call, then give it a moment.
                    Interlocked.Or(ref state.EvalBreaker, ThreadState.BreakerAbort);
                    thread.Join(TimeSpan.FromSeconds(5));
                }

                var err = Encoding.UTF8.GetString(stderr.ToArray());
                if (crash is not null)
                {
                    err += "\n[.NET exception escaped: " + crash + "]";
                }

                return new RunResult(Normalize(Encoding.UTF8.GetString(stdout.ToArray()), dir), Normalize(err, dir), exitCode, !finished);
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }

    private static string Normalize(string text, string dir) => text.Replace(dir, "$DIR", StringComparison.Ordinal);
}
