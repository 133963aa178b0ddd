
namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// search: attempts at successive positions, skipping those the INFO block rules out (a literal
/// prefix, a first-character set, a minimum length), as CPython's SRE(search).
/// </summary>
internal sealed partial class SreMatcher<TText>
{
    private int SearchFrom(int ptr)
    {
        var code = Code;
        var end = End;
        if (ptr > end)
        {
            return 0;
        }

        var body = 0;
        var scanEnd = end;
        var prefixLength = 0;
        var charset = -1;
        if (code[0] == SreOp.Info)
        {
            var flags = code[2];
            var min = code[3];
            if (min != 0 && end - ptr < min)
            {
                return 0;
            }

            if (min > 1)
            {
                scanEnd = Math.Max(ptr, end - (int)(min - 1));
            }

            if ((flags & SreLimits.InfoPrefix) != 0)
            {
                prefixLength = (int)code[5];
            }
            else if ((flags & SreLimits.InfoCharset) != 0)
            {
                charset = 5;
            }

            body = (int)code[1] + 1;
        }

        if (prefixLength > 0)
        {
            return SearchPrefix(ptr, prefixLength);
        }

        if (charset >= 0)
        {
            MustAdvance = false;
            for (; ptr < end; ptr++)
            {
                if (!_sets.Contains(charset, _text[ptr]))
                {
                    continue;
                }

                Reset();
                var status = Attempt(ptr, toplevel: false);
                if (status != 0)
                {
                    return status;
                }
            }

            return 0;
        }

        Reset();
        var result = Attempt(ptr, toplevel: true);
        MustAdvance = false;
        if (result == 0 && code[body] == SreOp.At && code[body + 1] is SreAt.Beginning or SreAt.BeginningString)
        {
            Start = Ptr = end;
            return 0;
        }

        while (result == 0 && ptr < scanEnd)
        {
            ptr++;
            Reset();
            result = Attempt(ptr, toplevel: false);
        }

        return result;
    }

    // The pattern starts with a literal prefix (INFO <skip> <flags> <min> <max> <len> <skip> <prefix...>).
    private int SearchPrefix(int ptr, int length)
    {
        var code = Code;
        var end = End;
        if (length > end - ptr)
        {
            return 0;
        }

        var first = (int)code[7];
        MustAdvance = false;
        var last = end - length;
        while (ptr <= last)
        {
            var at = _text.IndexOf(first, ptr, last + 1);
            if (at < 0)
            {
                return 0;
            }

            var i = 1;
            while (i < length && (uint)_text[at + i] == code[7 + i])
            {
                i++;
            }

            if (i == length)
            {
                Reset();
                var status = Attempt(at, toplevel: false);
                if (status != 0)
                {
                    return status;
                }
            }

            ptr = at + 1;
        }

        return 0;
    }
}
