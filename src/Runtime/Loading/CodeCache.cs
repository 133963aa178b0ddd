using System.Security.Cryptography;
using System.Text;
using ProtoPython.Compiler.Code;

namespace ProtoPython.Runtime.Loading;

/// <summary>
/// The compiled-module cache: <c>DIR/__pycache__/NAME.protopy-314.pyc</c> next to the source, or,
/// when that folder cannot be written (a read-only CPython install), the same name under
/// <c>$XDG_CACHE_HOME/protopython/</c> (default <c>~/.cache/protopython/</c>) in a folder named
/// after the source folder's hash. A file is used only when its magic, format version, compiler
/// build, source mtime and size, optimization level, length and checksum all match; anything else
/// (stale, truncated, corrupt) is ignored and rewritten.
/// </summary>
internal static class CodeCache
{
    private const uint Magic = 0x43595050; // "PPYC"
    private const int FormatVersion = 1;
    private const int HeaderSize = 4 + 4 + 16 + 8 + 8 + 4 + 4 + 8;

    // The compiler's build: bytecode from another build of the compiler is never trusted.
    private static readonly byte[] s_compilerId = typeof(CodeObject).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    /// <summary>The cache file beside the source.</summary>
    public static string PrimaryPath(string source, int optimize) =>
        Path.Combine(Path.GetDirectoryName(source) ?? ".", "__pycache__", FileName(source, optimize));

    /// <summary>The cache file in the per-user cache folder.</summary>
    public static string FallbackPath(string source, int optimize, Func<string, string?> getenv)
    {
        var home = getenv("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(getenv("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        var dir = Path.GetDirectoryName(Path.GetFullPath(source)) ?? "/";
        var tag = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(dir)), 0, 8).ToLowerInvariant();
        return Path.Combine(home, "protopython", tag, FileName(source, optimize));
    }

    private static string FileName(string source, int optimize) =>
        Path.GetFileNameWithoutExtension(source) + "." + Modules.SysModuleFactory.CacheTag + (optimize > 0 ? ".opt-" + optimize : "") + ".pyc";

    /// <summary>The cached code for <paramref name="source"/>, or null when there is no valid cache file.</summary>
    public static CodeObject? TryLoad(string cachePath, FileInfo source, int optimize)
    {
        byte[] data;
        try
        {
            if (!File.Exists(cachePath))
            {
                return null;
            }

            data = File.ReadAllBytes(cachePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (data.Length < HeaderSize)
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(data));
        long sourceTicks, sourceLength;
        try
        {
            sourceTicks = source.LastWriteTimeUtc.Ticks;
            sourceLength = source.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion || !reader.ReadBytes(16).AsSpan().SequenceEqual(s_compilerId)
            || reader.ReadInt64() != sourceTicks || reader.ReadInt64() != sourceLength || reader.ReadInt32() != optimize)
        {
            return null;
        }

        var length = reader.ReadInt32();
        var checksum = reader.ReadUInt64();
        if (length != data.Length - HeaderSize || Checksum(data.AsSpan(HeaderSize)) != checksum)
        {
            return null;
        }

        try
        {
            return CodeSerializer.Read(reader);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Writes the cache file (atomically: a temporary file renamed into place); false when the folder cannot be written.</summary>
    public static bool TryStore(string cachePath, FileInfo source, int optimize, CodeObject code)
    {
        var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            CodeSerializer.Write(w, code);
        }

        var body = payload.ToArray();
        var file = new MemoryStream(HeaderSize + body.Length);
        using (var w = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(s_compilerId);
            w.Write(source.LastWriteTimeUtc.Ticks);
            w.Write(source.Length);
            w.Write(optimize);
            w.Write(body.Length);
            w.Write(Checksum(body));
            w.Write(body);
        }

        var temp = cachePath + "." + Environment.ProcessId + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
            File.WriteAllBytes(temp, file.ToArray());
            File.Move(temp, cachePath, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the cache is optional.
            }

            return false;
        }
    }

    // FNV-1a over the payload: catches truncation and bit rot, not tampering.
    private static ulong Checksum(ReadOnlySpan<byte> data)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in data)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
