using System.Globalization;
using System.Text.Json;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects.Tests.Unicode;

/// <summary>Every property of a few thousand code points, for failures that name the value.</summary>
public class SampleTests
{
    [Fact]
    public void AllProperties_OfSampledCodePoints_MatchCPython()
    {
        var rows = Goldens.ReadJsonLines("samples.jsonl.gz");
        Assert.True(rows.Count >= 4000);
        foreach (var row in rows)
        {
            var cp = row.GetProperty("cp").GetInt32();
            var at = $"U+{cp:X4}";
            Assert.True(row.GetProperty("category").GetString() == UnicodeDatabase.Category(cp), at + " category");
            Assert.True(row.GetProperty("bidirectional").GetString() == UnicodeDatabase.Bidirectional(cp), at + " bidi");
            Assert.True(row.GetProperty("combining").GetInt32() == UnicodeDatabase.Combining(cp), at + " combining");
            Assert.True(row.GetProperty("east_asian_width").GetString() == UnicodeDatabase.EastAsianWidth(cp), at + " eaw");
            Assert.True(row.GetProperty("mirrored").GetInt32() == UnicodeDatabase.Mirrored(cp), at + " mirrored");
            Assert.True(row.GetProperty("decomposition").GetString() == UnicodeDatabase.Decomposition(cp), at + " decomposition");
            Assert.True(OptionalInt(row, "decimal") == UnicodeDatabase.Decimal(cp), at + " decimal");
            Assert.True(OptionalInt(row, "digit") == UnicodeDatabase.Digit(cp), at + " digit");
            var bits = row.GetProperty("numeric_bits");
            var numeric = UnicodeDatabase.Numeric(cp);
            Assert.True(
                (bits.ValueKind == JsonValueKind.Null ? null : bits.GetString())
                == (numeric is { } n ? BitConverter.DoubleToInt64Bits(n).ToString("X16", CultureInfo.InvariantCulture) : null),
                at + " numeric");
            var name = row.GetProperty("name");
            Assert.True((name.ValueKind == JsonValueKind.Null ? null : name.GetString()) == UnicodeDatabase.GetName(cp), at + " name");
            Assert.True(row.GetProperty("isprintable").GetBoolean() == UnicodeDatabase.IsPrintable(cp), at + " printable");
            Assert.Equal(Goldens.CodePoints(row.GetProperty("lower")), StrCase.Lower([cp]));
            Assert.Equal(Goldens.CodePoints(row.GetProperty("upper")), StrCase.Upper([cp]));
            Assert.Equal(Goldens.CodePoints(row.GetProperty("title")), StrCase.Title([cp]));
            Assert.Equal(Goldens.CodePoints(row.GetProperty("casefold")), StrCase.CaseFold([cp]));
        }
    }

    private static int? OptionalInt(JsonElement row, string property)
    {
        var e = row.GetProperty(property);
        return e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();
    }
}
