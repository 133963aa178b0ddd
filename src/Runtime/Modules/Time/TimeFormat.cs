using System.Globalization;
using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// time.strftime, asctime and ctime in the C locale (glibc's directives), and the conversion of a
/// struct_time or 9-tuple argument to C fields with CPython's range checks (gettmarg/checktm).
/// </summary>
internal static class TimeFormat
{
    private static readonly string[] s_days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] s_months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static void Register(PyModule m)
    {
        m.AddFunction("strftime", static (ts, a, kw) =>
        {
            if (!MathArgs.CheckPositional(ts, "time.strftime", "strftime", a, kw, 1, 2))
            {
                return PyValue.Error;
            }

            if (a[0].AsObject is not PyStr format)
            {
                return ts.SetError(PyExc.TypeError, "strftime() argument 1 must be str, not " + a[0].Type.Name);
            }

            if (!TryArgumentOrNow(ts, a, "strftime", out var tm))
            {
                return PyValue.Error;
            }

            return PyValue.FromObject(new PyStr(Format(format.Value, tm)));
        });
        m.AddFunction("asctime", static (ts, a, kw) =>
            MathArgs.CheckPositional(ts, "time.asctime", "asctime", a, kw, 0, 1) && TryArgumentOrNow(ts, a, "asctime", out var tm)
                ? PyValue.FromObject(new PyStr(AscTime(tm))) : PyValue.Error);
        m.AddFunction("ctime", static (ts, a, kw) =>
        {
            if (!MathArgs.CheckPositional(ts, "time.ctime", "ctime", a, kw, 0, 1))
            {
                return PyValue.Error;
            }

            var t = TimeModule.WallNanoseconds() / 1_000_000_000;
            if (a.Length == 1 && !a[0].IsNone && !TimeModule.TryTimestamp(ts, a[0], out t))
            {
                return PyValue.Error;
            }

            return PyValue.FromObject(new PyStr(AscTime(BrokenDownTime.Local(t))));
        });
    }

    // The optional time argument of strftime/asctime: a checked tuple, or local time now.
    private static bool TryArgumentOrNow(ThreadState ts, ReadOnlySpan<PyValue> a, string name, out BrokenDownTime tm)
    {
        var index = name == "strftime" ? 1 : 0;
        if (a.Length <= index)
        {
            tm = BrokenDownTime.Local(TimeModule.WallNanoseconds() / 1_000_000_000);
            return true;
        }

        return TryGetTm(ts, a[index], name, out tm) && Check(ts, tm);
    }

    /// <summary>gettmarg: a struct_time or 9-tuple as C fields (month 0-11, weekday 0 = Sunday).</summary>
    public static bool TryGetTm(ThreadState ts, PyValue v, string name, out BrokenDownTime tm)
    {
        tm = default;
        ReadOnlySpan<PyValue> items;
        var zone = BrokenDownTime.ZoneName(TimeZoneInfo.Local, false);
        long gmtoff = 0;
        if (v.AsObject is StructTime st)
        {
            items = st.Fields;
            zone = st.Zone.AsObject is PyStr z ? z.Value : zone;
            gmtoff = st.GmtOff.IsInt64 ? st.GmtOff.AsInt64 : 0;
        }
        else if (v.AsObject is PyTuple tuple)
        {
            items = tuple.Items;
        }
        else
        {
            ts.SetError(PyExc.TypeError, "Tuple or struct_time argument required");
            return false;
        }

        if (items.Length != 9)
        {
            ts.SetError(PyExc.TypeError, name + "(): illegal time tuple argument");
            return false;
        }

        Span<long> f = stackalloc long[9];
        for (var i = 0; i < 9; i++)
        {
            if (!PyOps.TryIndexAsInt64(ts, items[i], PyExc.OverflowError, out f[i]))
            {
                return false;
            }
        }

        tm = new BrokenDownTime(f[0], (int)f[1] - 1, (int)f[2], (int)f[3], (int)f[4], (int)f[5],
            (int)((f[6] + 1) % 7), (int)f[7] - 1, (int)f[8], gmtoff, zone);
        return true;
    }

    // checktm: CPython's range checks, with month 0 and day 0 meaning the first.
    private static bool Check(ThreadState ts, BrokenDownTime tm)
    {
        string? error = null;
        if (tm.Mon != -1 && (tm.Mon < 0 || tm.Mon > 11))
        {
            error = "month out of range";
        }
        else if (tm.Mday != 0 && (tm.Mday < 0 || tm.Mday > 31))
        {
            error = "day of month out of range";
        }
        else if (tm.Hour < 0 || tm.Hour > 23)
        {
            error = "hour out of range";
        }
        else if (tm.Min < 0 || tm.Min > 59)
        {
            error = "minute out of range";
        }
        else if (tm.Sec < 0 || tm.Sec > 61)
        {
            error = "seconds out of range";
        }
        else if (tm.Wday < 0)
        {
            error = "day of week out of range";
        }
        else if (tm.Yday != -1 && (tm.Yday < 0 || tm.Yday > 365))
        {
            error = "day of year out of range";
        }

        if (error is not null)
        {
            ts.SetError(PyExc.ValueError, error);
            return false;
        }

        return true;
    }

    private static BrokenDownTime Normalized(BrokenDownTime tm) => tm with
    {
        Mon = tm.Mon == -1 ? 0 : tm.Mon,
        Mday = tm.Mday == 0 ? 1 : tm.Mday,
        Yday = tm.Yday == -1 ? 0 : tm.Yday,
    };

    public static string AscTime(BrokenDownTime tm)
    {
        tm = Normalized(tm);
        return string.Create(CultureInfo.InvariantCulture,
            $"{s_days[tm.Wday][..3]} {s_months[tm.Mon][..3]} {tm.Mday,2} {tm.Hour:00}:{tm.Min:00}:{tm.Sec:00} {tm.Year}");
    }

    /// <summary>C strftime in the C locale; unknown directives are copied as they are (glibc).</summary>
    public static string Format(string format, BrokenDownTime tm)
    {
        tm = Normalized(tm);
        var sb = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                sb.Append(c);
                continue;
            }

            var d = format[++i];
            if (!TryDirective(sb, d, tm))
            {
                sb.Append('%').Append(d);
            }
        }

        return sb.ToString();
    }

    private static bool TryDirective(StringBuilder sb, char d, BrokenDownTime tm)
    {
        var inv = CultureInfo.InvariantCulture;
        var hour12 = tm.Hour % 12 == 0 ? 12 : tm.Hour % 12;
        switch (d)
        {
            case 'a': sb.Append(s_days[tm.Wday], 0, 3); break;
            case 'A': sb.Append(s_days[tm.Wday]); break;
            case 'b' or 'h': sb.Append(s_months[tm.Mon], 0, 3); break;
            case 'B': sb.Append(s_months[tm.Mon]); break;
            case 'c': sb.Append(Format("%a %b %e %H:%M:%S %Y", tm)); break;
            case 'C': sb.Append(FloorDiv(tm.Year, 100).ToString("00", inv)); break;
            case 'd': sb.Append(tm.Mday.ToString("00", inv)); break;
            case 'D' or 'x': sb.Append(Format("%m/%d/%y", tm)); break;
            case 'e': sb.Append(tm.Mday.ToString(inv).PadLeft(2)); break;
            case 'F': sb.Append(Format("%Y-%m-%d", tm)); break;
            case 'g': sb.Append((((IsoYear(tm, out _) % 100) + 100) % 100).ToString("00", inv)); break;
            case 'G': sb.Append(IsoYear(tm, out _).ToString(inv)); break;
            case 'H': sb.Append(tm.Hour.ToString("00", inv)); break;
            case 'I': sb.Append(hour12.ToString("00", inv)); break;
            case 'j': sb.Append((tm.Yday + 1).ToString("000", inv)); break;
            case 'k': sb.Append(tm.Hour.ToString(inv).PadLeft(2)); break;
            case 'l': sb.Append(hour12.ToString(inv).PadLeft(2)); break;
            case 'm': sb.Append((tm.Mon + 1).ToString("00", inv)); break;
            case 'M': sb.Append(tm.Min.ToString("00", inv)); break;
            case 'n': sb.Append('\n'); break;
            case 'p': sb.Append(tm.Hour < 12 ? "AM" : "PM"); break;
            case 'P': sb.Append(tm.Hour < 12 ? "am" : "pm"); break;
            case 'r': sb.Append(Format("%I:%M:%S %p", tm)); break;
            case 'R': sb.Append(Format("%H:%M", tm)); break;
            case 's': sb.Append(TimeModule.LocalToTimestamp(tm).ToString(inv)); break;
            case 'S': sb.Append(tm.Sec.ToString("00", inv)); break;
            case 't': sb.Append('\t'); break;
            case 'T' or 'X': sb.Append(Format("%H:%M:%S", tm)); break;
            case 'u': sb.Append(tm.Wday == 0 ? 7 : tm.Wday); break;
            case 'U': sb.Append(((tm.Yday + 7 - tm.Wday) / 7).ToString("00", inv)); break;
            case 'V': IsoYear(tm, out var week); sb.Append(week.ToString("00", inv)); break;
            case 'w': sb.Append(tm.Wday); break;
            case 'W': sb.Append(((tm.Yday + 7 - ((tm.Wday + 6) % 7)) / 7).ToString("00", inv)); break;
            case 'y': sb.Append((((tm.Year % 100) + 100) % 100).ToString("00", inv)); break;
            case 'Y': sb.Append(tm.Year.ToString(inv)); break;
            case 'z': AppendOffset(sb, tm.GmtOff); break;
            case 'Z': sb.Append(tm.Zone); break;
            case '%': sb.Append('%'); break;
            default: return false;
        }

        return true;
    }

    private static void AppendOffset(StringBuilder sb, long gmtoff)
    {
        var minutes = Math.Abs(gmtoff) / 60;
        sb.Append(gmtoff < 0 ? '-' : '+').Append((minutes / 60).ToString("00", CultureInfo.InvariantCulture))
            .Append((minutes % 60).ToString("00", CultureInfo.InvariantCulture));
    }

    // ISO 8601 week-numbering year and week (weeks start on Monday; week 1 holds the first Thursday).
    private static long IsoYear(BrokenDownTime tm, out int week)
    {
        var isoWday = tm.Wday == 0 ? 7 : tm.Wday;
        week = (tm.Yday + 1 - isoWday + 10) / 7;
        if (week < 1)
        {
            week = WeeksIn(tm.Year - 1);
            return tm.Year - 1;
        }

        if (week > WeeksIn(tm.Year))
        {
            week = 1;
            return tm.Year + 1;
        }

        return tm.Year;
    }

    private static long FloorDiv(long a, long b) => (a / b) - ((a % b) < 0 ? 1 : 0);

    private static int WeeksIn(long year)
    {
        static long P(long y) => (((y + FloorDiv(y, 4) - FloorDiv(y, 100) + FloorDiv(y, 400)) % 7) + 7) % 7;
        return P(year) == 4 || P(year - 1) == 3 ? 53 : 52;
    }
}
