namespace ProtoPython.Cli;

/// <summary>
/// The <c>protopy</c> entry point. The interpreter runs on a dedicated thread with a big
/// stack (ARCHITECTURE §3) so deep recursion becomes RecursionError, never a crash.
/// </summary>
internal static class Program
{
    private const int InterpreterStackBytes = 256 * 1024 * 1024;

    private static int Main(string[] args)
    {
        var exitCode = 0;
        var thread = new Thread(() => exitCode = CommandLine.Run(args, Console.Out, Console.Error), InterpreterStackBytes)
        {
            Name = "protopy-main",
        };
        thread.Start();
        thread.Join();
        return exitCode;
    }
}
