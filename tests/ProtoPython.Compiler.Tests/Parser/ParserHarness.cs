using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Tests.Parser;

/// <summary>Runs the parser the way the CLI does: on a thread with a big stack, so deep but valid
/// sources parse instead of hitting the stack guard of the 1 MB test thread.</summary>
internal static class ParserHarness
{
    private const int StackSize = 64 * 1024 * 1024;

    public static ModNode Parse(byte[] source, string filename, CompileMode mode = CompileMode.Exec) =>
        OnBigStack(() => PythonCompiler.Parse(source, new CompileOptions(filename, mode)));

    public static T OnBigStack<T>(Func<T> work)
    {
        T? result = default;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    error = e;
                }
            },
            StackSize);
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        }

        return result!;
    }
}
