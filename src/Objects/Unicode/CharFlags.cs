namespace ProtoPython.Objects.Unicode;

/// <summary>
/// Boolean character properties stored in each <see cref="CharRecord"/>. The bit values are part of
/// the data format and must match tools/unicode/gen_unicode_data.py (F_* constants).
/// </summary>
[Flags]
internal enum CharFlags : uint
{
    None = 0,
    Printable = 1 << 0,
    XidStart = 1 << 1,
    XidContinue = 1 << 2,
    Alpha = 1 << 3,
    Decimal = 1 << 4,
    Digit = 1 << 5,
    Numeric = 1 << 6,
    Space = 1 << 7,
    Lower = 1 << 8,
    Upper = 1 << 9,
    Title = 1 << 10,
    Cased = 1 << 11,
    CaseIgnorable = 1 << 12,
    Linebreak = 1 << 13,
    Mirrored = 1 << 14,

    // Normalization quick checks: a starter that the form leaves alone and whose decomposition
    // does not begin with the second half of a composition. Text made only of these is normalized.
    NfdSafe = 1 << 15,
    NfcSafe = 1 << 16,
    NfkdSafe = 1 << 17,
    NfkcSafe = 1 << 18,
}
