using System.Text;
using ProtoPython.Runtime.Loading;

namespace ProtoPython.Runtime.Tests;

/// <summary>
/// The compiled-module cache (src/Runtime/Loading/CodeCache.cs): written on first import, used
/// while valid, and ignored then rewritten when stale or corrupt; a fallback folder when
/// __pycache__ cannot be created.
/// </summary>
[Collection(nameof(ConsoleTests))]
public sealed class CodeCacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("protopy-cache-test").FullName;
    private readonly string _userCache;

    public CodeCacheTests()
    {
        _userCache = Path.Combine(_dir, "user-cache");
        File.WriteAllText(Path.Combine(_dir, "main.py"), "import mod\nprint(mod.value)\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Module => Path.Combine(_dir, "mod.py");

    private string CacheFile => CodeCache.PrimaryPath(Module, 0);

    private string Run()
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var status = -1;
        var thread = new Thread(
            () =>
            {
                var runtime = new PythonRuntime(new RuntimeOptions
                {
                    StdOut = stdout,
                    StdErr = stderr,
                    NoSite = true,
                    LocateStdlib = false,
                    GetEnvironmentVariable = name => name == "XDG_CACHE_HOME" ? _userCache : null,
                });
                status = runtime.RunFile(Path.Combine(_dir, "main.py"), ["main.py"]);
            },
            64 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.True(status == 0, Encoding.UTF8.GetString(stderr.ToArray()));
        return Encoding.UTF8.GetString(stdout.ToArray());
    }

    private bool CacheIsValid(string path) => CodeCache.TryLoad(new Objects.ThreadState(), path, new FileInfo(Module), 0) is not null;

    [Fact]
    public void FirstImportWritesTheCacheAndLaterImportsReadIt()
    {
        File.WriteAllText(Module, "value = 6 * 7\n");
        Assert.Equal("42\n", Run());
        Assert.True(File.Exists(CacheFile), CacheFile);
        Assert.True(CacheIsValid(CacheFile));
        Assert.EndsWith(Path.Combine("__pycache__", "mod.protopy-314.pyc"), CacheFile, StringComparison.Ordinal);

        // Replace the source's code in the cache by other valid code for the same source stamp:
        // the program prints what the cache holds, so the cache is what runs.
        var info = new FileInfo(Module);
        var other = Loading.SourceCompiler.CompileCodeObject(new Objects.ThreadState(), "value = 'from cache'\n", Module, Compiler.CompileMode.Exec)!;
        Assert.True(CodeCache.TryStore(CacheFile, info, 0, other));
        Assert.Equal("from cache\n", Run());
    }

    [Fact]
    public void StaleCacheIsIgnoredAndRewritten()
    {
        File.WriteAllText(Module, "value = 1\n");
        Assert.Equal("1\n", Run());
        File.WriteAllText(Module, "value = 222\n");
        Assert.False(CacheIsValid(CacheFile));
        Assert.Equal("222\n", Run());
        Assert.True(CacheIsValid(CacheFile));
    }

    [Fact]
    public void SameSizeButNewerSourceIsStale()
    {
        File.WriteAllText(Module, "value = 1\n");
        Assert.Equal("1\n", Run());
        File.WriteAllText(Module, "value = 2\n");
        File.SetLastWriteTimeUtc(Module, DateTime.UtcNow.AddMinutes(5));
        Assert.False(CacheIsValid(CacheFile));
        Assert.Equal("2\n", Run());
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public void CorruptCacheIsIgnoredAndRewritten(string damage)
    {
        File.WriteAllText(Module, "value = [1, 2.5, 'x', b'y', (None, ...)]\n");
        var expected = "[1, 2.5, 'x', b'y', (None, Ellipsis)]\n";
        Assert.Equal(expected, Run());
        var bytes = File.ReadAllBytes(CacheFile);
        var stamp = File.GetLastWriteTimeUtc(CacheFile);
        switch (damage)
        {
            case "truncated":
                bytes = bytes[..(bytes.Length / 2)];
                break;
            case "flipped":
                bytes[^3] ^= 0x5A;
                break;
            case "garbage":
                new Random(7).NextBytes(bytes);
                break;
            default:
                bytes = [];
                break;
        }

        File.WriteAllBytes(CacheFile, bytes);
        Assert.False(CacheIsValid(CacheFile));
        Assert.Equal(expected, Run());
        Assert.True(CacheIsValid(CacheFile));
        Assert.True(File.GetLastWriteTimeUtc(CacheFile) >= stamp);
    }

    [Fact]
    public void UnwritablePycacheFallsBackToTheUserCacheFolder()
    {
        File.WriteAllText(Module, "value = 'fallback'\n");
        File.WriteAllText(Path.Combine(_dir, "__pycache__"), "a file where the folder would go");
        Assert.Equal("fallback\n", Run());
        var fallback = CodeCache.FallbackPath(Module, 0, name => name == "XDG_CACHE_HOME" ? _userCache : null);
        Assert.StartsWith(Path.Combine(_userCache, "protopython"), fallback, StringComparison.Ordinal);
        Assert.True(CacheIsValid(fallback));
        Assert.Equal("fallback\n", Run());
    }
}
