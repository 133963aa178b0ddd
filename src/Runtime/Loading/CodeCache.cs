using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using ProtoPython.Compiler.Code;
using ProtoPython.Objects;

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
    private const int FormatVersion = 2;
    private const int HeaderSize = 4 + 4 + 16 + 8 + 8 + 4 + 4 + 8;

    // The compiler's build: bytecode from another build of the compiler is never trusted.
    private static readonly byte[] s_compilerId = typeof(CodeObject).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    [ThreadStatic]
    private static byte[]? t_buffer;

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

    /// <summary>
    /// The cached code for <paramref name="source"/>, or null when there is no valid cache file (or,
    /// with an exception pending, when a constant could not be built).
    /// </summary>
    public static PyCode? TryLoad(ThreadState ts, string cachePath, FileInfo source, int optimize)
    {
        // One buffer per thread, reused: a fresh byte[] per file put every cache file over 85 KB
        // (typing, argparse, inspect...) on the large-object heap, allocated and zeroed each time.
        // Taken while in use, so a nested load (none is expected) gets its own.
        var buffer = t_buffer ?? [];
        t_buffer = null;
        try
        {
            return TryLoad(ts, cachePath, source, optimize, ref buffer);
        }
        finally
        {
            t_buffer = buffer;
        }
    }

    private static PyCode? TryLoad(ThreadState ts, string cachePath, FileInfo source, int optimize, ref byte[] buffer)
    {
        int length;
        long sourceTicks, sourceLength;
        try
        {
            if (!File.Exists(cachePath))
            {
                return null;
            }

            using var handle = File.OpenHandle(cachePath);
            var fileLength = RandomAccess.GetLength(handle);
            if (fileLength is < HeaderSize or > int.MaxValue / 2)
            {
                return null;
            }

            length = (int)fileLength;
            if (buffer.Length < length)
            {
                buffer = new byte[Math.Max(length, 2 * buffer.Length)];
            }

            for (var read = 0; read < length;)
            {
                var n = RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read);
                if (n == 0)
                {
                    return null;
                }

                read += n;
            }

            sourceTicks = source.LastWriteTimeUtc.Ticks;
            sourceLength = source.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var header = buffer.AsSpan(0, length);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic
            || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != FormatVersion
            || !header.Slice(8, 16).SequenceEqual(s_compilerId)
            || BinaryPrimitives.ReadInt64LittleEndian(header[24..]) != sourceTicks
            || BinaryPrimitives.ReadInt64LittleEndian(header[32..]) != sourceLength
            || BinaryPrimitives.ReadInt32LittleEndian(header[40..]) != optimize)
        {
            return null;
        }

        var payload = header[HeaderSize..];
        if (BinaryPrimitives.ReadInt32LittleEndian(header[44..]) != payload.Length
            || Checksum(payload) != BinaryPrimitives.ReadUInt64LittleEndian(header[48..]))
        {
            return null;
        }

        try
        {
            return CodeReader.Read(ts, payload);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Writes the cache file (atomically: a temporary file renamed into place); false when the folder cannot be written.</summary>
    public static bool TryStore(string cachePath, FileInfo source, int optimize, CodeObject code)
    {
        var body = CodeSerializer.Write(code);
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

    // FNV-1a's step over 8-byte words (then the tail's bytes), rotated for mixing: each step is a
    // bijection of the state, so any one changed word changes the sum. Catches truncation and bit
    // rot, not tampering; a byte-at-a-time loop cost a warm import several ms.
    private static ulong Checksum(ReadOnlySpan<byte> data)
    {
        const ulong Prime = 1099511628211UL;
        var hash = 14695981039346656037UL;
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        foreach (var word in words)
        {
            hash = BitOperations.RotateLeft((hash ^ (BitConverter.IsLittleEndian ? word : BinaryPrimitives.ReverseEndianness(word))) * Prime, 29);
        }

        foreach (var b in data[(words.Length * 8)..])
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }
}
