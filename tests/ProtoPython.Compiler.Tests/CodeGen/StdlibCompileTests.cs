using System.Diagnostics;
using System.Text.Json;
using ProtoPython.Compiler.Diagnostics;
using Xunit.Abstractions;

namespace ProtoPython.Compiler.Tests.CodeGen;

/// <summary>
/// Every .py file of CPython's Lib compiled by the whole front end: the files rejected and
/// what they raise must be CPython 3.14's (tests/frontend/stdlib_compile.json), and nothing
/// but PythonSyntaxError / CompilerLimitError may escape.
/// </summary>
public class StdlibCompileTests(ITestOutputHelper output)
{
    [Fact]
    public void WholeLib_CompilesAndRejectsExactlyAsCPython()
    {
        var lib = RepoPaths.CPythonLib
            ?? throw new InvalidOperationException("PROTOPY_CPYTHON_LIB is not set: run ./test.sh or point it at CPython 3.14's Lib");
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.FrontendData, "stdlib_compile.json")));
        var root = golden.RootElement;
        var unreadable = root.GetProperty("unreadable").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        var expectedRejected = root.GetProperty("rejected").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);

        var files = Directory.EnumerateFiles(lib, "*.py", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(lib, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("site-packages/", StringComparison.Ordinal) && !unreadable.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        var problems = new List<string>();
        var rejected = new Dictionary<string, (string Type, string Msg)>();
        var watch = Stopwatch.StartNew();
        foreach (var rel in files)
        {
            var source = File.ReadAllBytes(Path.Combine(lib, rel));
            try
            {
                PythonCompiler.Compile(source, new CompileOptions(rel));
            }
            catch (PythonSyntaxError e)
            {
                rejected[rel] = (e.TypeName, e.Msg);
            }
            catch (CompilerLimitError e)
            {
                rejected[rel] = (e.PythonTypeName, e.Message);
            }
            catch (Exception e)
            {
                problems.Add($"{rel}: {e.GetType().Name}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
            }
        }

        watch.Stop();
        output.WriteLine($"{files.Count} files (golden total {root.GetProperty("total").GetInt32()}), {rejected.Count} rejected, {watch.Elapsed.TotalSeconds:F1} s");
        foreach (var (path, exp) in expectedRejected)
        {
            var type = exp.GetProperty("type").GetString();
            var msg = exp.GetProperty("msg").GetString();
            if (!rejected.TryGetValue(path, out var got))
            {
                problems.Add($"{path}: expected {type}: {msg}, but it compiled");
            }
            else if (got.Type != type || got.Msg != msg)
            {
                problems.Add($"{path}: expected {type}: {msg}, got {got.Type}: {got.Msg}");
            }
        }

        foreach (var (path, got) in rejected)
        {
            if (!expectedRejected.ContainsKey(path))
            {
                problems.Add($"{path}: CPython compiles it, we raised {got.Type}: {got.Msg}");
            }
        }

        foreach (var p in problems)
        {
            output.WriteLine(p);
        }

        Assert.Equal(root.GetProperty("total").GetInt32(), files.Count);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
    }
}
