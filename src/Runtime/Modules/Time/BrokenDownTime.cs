using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// C's <c>struct tm</c>: month 0-11, weekday 0 = Sunday, year day 0-365; plus the zone name and
/// UTC offset. Converts to and from timestamps with the proleptic Gregorian calendar (any year).
/// </summary>
internal readonly record struct BrokenDownTime(
    long Year, int Mon, int Mday, int Hour, int Min, int Sec, int Wday, int Yday, int IsDst, long GmtOff, string Zone)
{
    public const long DateTimeMinSeconds = -62135596800;
    public const long DateTimeMaxSeconds = 253402300799;

    private static readonly int[] s_daysBefore = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>gmtime: the UTC calendar fields of a timestamp.</summary>
    public static BrokenDownTime Utc(long t) => FromLocalSeconds(t, 0, 0, "GMT");

    /// <summary>localtime: the fields in the machine's time zone (UTC offset outside .NET's date range).</summary>
    public static BrokenDownTime Local(long t)
    {
        var zone = TimeZoneInfo.Local;
        if (t < DateTimeMinSeconds || t > DateTimeMaxSeconds)
        {
            return FromLocalSeconds(t + (long)zone.BaseUtcOffset.TotalSeconds, 0, (long)zone.BaseUtcOffset.TotalSeconds, ZoneName(zone, false));
        }

        var instant = DateTimeOffset.FromUnixTimeSeconds(t);
        var offset = (long)zone.GetUtcOffset(instant).TotalSeconds;
        var dst = zone.IsDaylightSavingTime(instant);
        return FromLocalSeconds(t + offset, dst ? 1 : 0, offset, ZoneName(zone, dst));
    }

    public static string ZoneName(TimeZoneInfo zone, bool dst)
    {
        if (zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime)
        {
            return "UTC";
        }

        return dst ? zone.DaylightName : zone.StandardName;
    }

    private static BrokenDownTime FromLocalSeconds(long t, int isDst, long gmtoff, string zone)
    {
        var days = Math.DivRem(t, 86400L, out var secs);
        if (secs < 0)
        {
            secs += 86400;
            days--;
        }

        var (year, month, day) = CivilFromDays(days);
        var yday = s_daysBefore[month - 1] + day - 1 + (month > 2 && IsLeap(year) ? 1 : 0);
        var wday = (int)(((days % 7) + 11) % 7); // 1970-01-01 was a Thursday (4)
        return new BrokenDownTime(year, month - 1, day, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60), wday, yday, isDst, gmtoff, zone);
    }

    public static bool IsLeap(long y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

    // Howard Hinnant's civil_from_days / days_from_civil, valid for the whole long range used here.
    public static (long Year, int Month, int Day) CivilFromDays(long z)
    {
        z += 719468;
        var era = (z >= 0 ? z : z - 146096) / 146097;
        var doe = z - (era * 146097);
        var yoe = (doe - (doe / 1460) + (doe / 36524) - (doe / 146096)) / 365;
        var y = yoe + (era * 400);
        var doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
        var mp = ((5 * doy) + 2) / 153;
        var d = (int)(doy - (((153 * mp) + 2) / 5) + 1);
        var m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    public static long DaysFromCivil(long y, long m, long d)
    {
        y -= m <= 2 ? 1 : 0;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - (era * 400);
        var doy = ((153 * (m > 2 ? m - 3 : m + 9)) + 2) / 5 + d - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468;
    }

    /// <summary>The seconds since the epoch of these fields read as UTC (months and days normalized as mktime does).</summary>
    public long ToUtcSeconds()
    {
        var year = Year + Math.DivRem(Mon, 12, out var mon);
        if (mon < 0)
        {
            mon += 12;
            year--;
        }

        var days = DaysFromCivil(year, mon + 1, 1) + Mday - 1;
        return (days * 86400) + (Hour * 3600L) + (Min * 60L) + Sec;
    }

    /// <summary>The Python struct_time: month 1-12, weekday 0 = Monday, year day 1-366.</summary>
    public PyValue ToStructTime()
    {
        PyValue[] fields =
        [
            PyValue.FromInt64(Year), PyValue.FromInt64(Mon + 1), PyValue.FromInt64(Mday), PyValue.FromInt64(Hour),
            PyValue.FromInt64(Min), PyValue.FromInt64(Sec), PyValue.FromInt64((Wday + 6) % 7), PyValue.FromInt64(Yday + 1),
            PyValue.FromInt64(IsDst),
        ];
        return PyValue.FromObject(new StructTime(fields, PyValue.FromObject(new PyStr(Zone)), PyValue.FromInt64(GmtOff)));
    }
}
