using System.Text;
using ProtoPython.Compiler.Diagnostics;
using Xunit;
using Assert = Xunit.Assert;

namespace ProtoPython.Compiler.Tests.Parser;

/// <summary>
/// Robustness: thousands of random and mutated sources (fixed seed) go through
/// <see cref="PythonCompiler.Parse(ReadOnlySpan{byte}, CompileOptions)"/>; only
/// <see cref="PythonSyntaxError"/> and <see cref="CompilerLimitError"/> may escape. Runs on the
/// test thread's own stack, so the depth guards are exercised too.
/// </summary>
public sealed class ParserFuzzTests
{
    private static readonly string[] s_fragments =
    [
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", "==", ":=", "->", "*", "**", "@", "+", "-", "~",
        "<", ">", "!=", "<>", "|", "&", "^", "<<", "%", "//", "/", "not", "and", "or", "in", "is", "if", "else", "elif",
        "for", "while", "def", "class", "return", "yield", "await", "async", "lambda", "with", "as", "try", "except",
        "finally", "raise", "from", "import", "global", "nonlocal", "del", "pass", "break", "continue", "assert",
        "match", "case", "type", "_", "None", "True", "False", "x", "y", "print", "1", "0x1f", "1.5e3", "2j", "1_000",
        "'s'", "\"s\"", "b'b'", "f'{x}'", "f'{x=}'", "f'{x!r:>{w}}'", "t'{x}'", "'''", "\"\"\"", "f'", "t'", "{x",
        "\\", "#c", "\n", "\n    ", "\n\t", "\r\n", " ", "\f", "\0", "é", "\u00a0", "\\N{DASH}", "'\\x'",
    ];

    [Fact]
    public void RandomAndMutatedSources_RaiseOnlyFrontEndErrors()
    {
        var random = new Random(20260314);
        var corpus = Directory.GetFiles(Path.Combine(RepoPaths.FrontendData, "ast", "corpus"), "*.py")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
        Assert.NotEmpty(corpus);

        var failures = new List<string>();
        var accepted = 0;
        var rejected = 0;
        const int Iterations = 4000;
        for (var i = 0; i < Iterations; i++)
        {
            var source = Generate(random, corpus, i);
            var mode = (i % 11) switch
            {
                3 => CompileMode.Eval,
                7 => CompileMode.Single,
                _ => CompileMode.Exec,
            };
            try
            {
                PythonCompiler.Parse(source, new CompileOptions("<fuzz>", mode));
                accepted++;
            }
            catch (Exception e) when (e is PythonSyntaxError or CompilerLimitError)
            {
                rejected++;
            }
            catch (Exception e)
            {
                failures.Add($"#{i} ({mode}) {e.GetType().Name}: {e.Message}\n    source (base64): {Convert.ToBase64String(source)}\n    {e.StackTrace?.Split('\n').FirstOrDefault()}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Iterations} inputs escaped with other exceptions:\n" + string.Join("\n", failures.Take(20)));
        Assert.True(accepted > 0 && rejected > 0, $"the generator should produce both valid and invalid inputs ({accepted} accepted, {rejected} rejected)");
    }

    [Fact]
    public void DeepNesting_GivesCPythonsErrors()
    {
        // CPython 3.14: MemoryError for a unary chain far past the parser's stack limit, and the
        // tokenizer's SyntaxError past 200 open brackets.
        var minus = Assert.Throws<CompilerLimitError>(() => PythonCompiler.Parse(new string('-', 100000) + "1", new CompileOptions("<deep>")));
        Assert.Equal("MemoryError", minus.PythonTypeName);
        Assert.Equal("Parser stack overflowed - Python source too complex to parse", minus.Message);

        var parens = Assert.Throws<PythonSyntaxError>(() => PythonCompiler.Parse(new string('(', 300) + new string(')', 300), new CompileOptions("<deep>")));
        Assert.Equal("too many nested parentheses", parens.Msg);
    }

    private static byte[] Generate(Random random, List<byte[]> corpus, int i)
    {
        switch (i % 5)
        {
            case 0:
                {
                    // Random fragments.
                    var sb = new StringBuilder();
                    var n = random.Next(1, 40);
                    for (var k = 0; k < n; k++)
                    {
                        sb.Append(s_fragments[random.Next(s_fragments.Length)]);
                        if (random.Next(3) == 0)
                        {
                            sb.Append(' ');
                        }
                    }

                    return Encoding.UTF8.GetBytes(sb.ToString());
                }

            case 1:
                {
                    // Random bytes, sometimes mostly printable.
                    var bytes = new byte[random.Next(0, 200)];
                    random.NextBytes(bytes);
                    if (random.Next(2) == 0)
                    {
                        for (var k = 0; k < bytes.Length; k++)
                        {
                            bytes[k] = (byte)(32 + (bytes[k] % 95));
                        }
                    }

                    return bytes;
                }

            case 2:
                {
                    // A corpus file truncated at a random point.
                    var file = corpus[random.Next(corpus.Count)];
                    return file[..random.Next(file.Length + 1)];
                }

            default:
                {
                    // A corpus file with fragments inserted, spans deleted or swapped.
                    var text = Encoding.UTF8.GetString(corpus[random.Next(corpus.Count)]);
                    var sb = new StringBuilder(text);
                    var edits = random.Next(1, 6);
                    for (var k = 0; k < edits && sb.Length > 0; k++)
                    {
                        var at = random.Next(sb.Length);
                        switch (random.Next(3))
                        {
                            case 0:
                                sb.Insert(at, s_fragments[random.Next(s_fragments.Length)]);
                                break;
                            case 1:
                                sb.Remove(at, Math.Min(random.Next(1, 12), sb.Length - at));
                                break;
                            default:
                                var other = random.Next(sb.Length);
                                var length = Math.Min(random.Next(1, 20), Math.Min(sb.Length - at, sb.Length - other));
                                var a = sb.ToString(at, length);
                                var b = sb.ToString(other, length);
                                sb.Remove(at, length).Insert(at, b);
                                sb.Remove(other, length).Insert(other, a);
                                break;
                        }
                    }

                    return Encoding.UTF8.GetBytes(sb.ToString());
                }
        }
    }
}
