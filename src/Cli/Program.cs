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
        Objects.ThreadState? state = null;
        var thread = new Thread(
            () =>
            {
                state = Objects.ThreadState.Current;
                exitCode = CommandLine.Run(args, Console.Out, Console.Error);
            },
            InterpreterStackBytes)
        {
            Name = "protopy-main",
        };

        // Ctrl-C becomes KeyboardInterrupt at the program's next loop edge or call (ARCHITECTURE §4),
        // or runs the SIGINT handler the program installed with signal.signal.
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, context =>
        {
            if (state is { } ts)
            {
                Runtime.Modules.SignalDispatch.OnInterrupt(ts, context);
            }
        });
        thread.Start();
        thread.Join();
        return exitCode;
    }
}
