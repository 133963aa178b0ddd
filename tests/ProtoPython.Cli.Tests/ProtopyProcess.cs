using System.Diagnostics;

namespace ProtoPython.Cli.Tests;

/// <summary>Runs the built <c>protopy</c> (the apphost the project reference copies beside these tests) as a process.</summary>
internal static class ProtopyProcess
{
    public static (int Code, string Stdout, string Stderr) Run(string workingDirectory, IReadOnlyDictionary<string, string> env, params string[] args)
    {
        string exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "protopy.exe" : "protopy");
        Assert.True(File.Exists(exe), $"{exe} is missing: build tests/ProtoPython.Cli.Tests");
        var start = new ProcessStartInfo(exe)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in env)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderrTask = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = stderrTask.GetAwaiter().GetResult();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr);
    }
}
