using System.Runtime.InteropServices;

namespace ProtoPython.PerfTool.Running;

/// <summary>Environment metadata, named as pyperf names it where pyperf has a name.</summary>
public static class MachineInfo
{
    public static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    public static string Platform()
    {
        var os = RuntimeInformation.OSDescription;
        try
        {
            os += ", Linux " + File.ReadAllText("/proc/sys/kernel/osrelease").Trim();
        }
        catch (IOException)
        {
        }

        return $"{os} {RuntimeInformation.OSArchitecture}";
    }

    /// <summary>The 1-minute load average (pyperf's load_avg_1min), or null where /proc/loadavg is missing.</summary>
    public static double? LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The commit checked out at <paramref name="repo"/> ("+dirty" appended when the tree has changes), or null.</summary>
    public static string? GitCommit(string repo)
    {
        var env = CurrentEnvironment();
        var head = ChildProcess.Run(["git", "-C", repo, "rev-parse", "HEAD"], env, TimeSpan.FromSeconds(30));
        if (head.ExitCode != 0 || head.StartError is not null)
        {
            return null;
        }

        var status = ChildProcess.Run(["git", "-C", repo, "status", "--porcelain", "--untracked-files=no"], env, TimeSpan.FromSeconds(30));
        return head.Stdout.Trim() + (status.Stdout.Trim().Length > 0 ? "+dirty" : "");
    }

    /// <summary>The first line an interpreter prints for <c>--version</c>, or why it could not.</summary>
    public static string InterpreterVersion(Interpreter interpreter)
    {
        var result = ChildProcess.Run([.. interpreter.Command, "--version"], CurrentEnvironment(), TimeSpan.FromSeconds(60));
        if (result.StartError is not null)
        {
            return "unavailable: " + result.StartError;
        }

        var text = (result.Stdout + "\n" + result.Stderr).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return text.Length == 0 ? $"unknown (exit code {result.ExitCode})" : text[0];
    }

    public static Dictionary<string, string> CurrentEnvironment()
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            env[(string)e.Key] = (string?)e.Value ?? "";
        }

        return env;
    }
}
