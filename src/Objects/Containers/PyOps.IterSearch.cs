namespace ProtoPython.Objects;

public static partial class PyOps
{
    /// <summary><c>_PySequence_IterSearch(CONTAINS)</c>: 1, 0, -1.</summary>
    public static int ContainsByIteration(ThreadState ts, PyValue container, PyValue item) => (int)IterSearch(ts, container, item, 0);

    /// <summary><c>_PySequence_IterSearch(COUNT)</c>: the count or -1.</summary>
    public static long CountByIteration(ThreadState ts, PyValue container, PyValue item) => IterSearch(ts, container, item, 1);

    /// <summary><c>_PySequence_IterSearch(INDEX)</c>: the index, or -1 with ValueError "sequence.index(x): x not in sequence".</summary>
    public static long IndexByIteration(ThreadState ts, PyValue container, PyValue item) => IterSearch(ts, container, item, 2);

    private static long IterSearch(ThreadState ts, PyValue container, PyValue item, int mode)
    {
        var it = GetIter(ts, container);
        if (it.IsError)
        {
            return -1;
        }

        long n = 0;
        while (true)
        {
            var r = Next(ts, it, out var x);
            if (r < 0)
            {
                return -1;
            }

            if (r == 0)
            {
                if (mode == 2)
                {
                    ts.SetError(PyExc.ValueError, "sequence.index(x): x not in sequence");
                    return -1;
                }

                return mode == 1 ? n : 0;
            }

            var eq = RichCompareBool(ts, x, item, CompareOp.Eq);
            if (eq < 0)
            {
                return -1;
            }

            if (eq > 0)
            {
                if (mode == 0)
                {
                    return 1;
                }

                if (mode == 2)
                {
                    return n;
                }
            }

            if (mode == 1)
            {
                n += eq;
            }
            else
            {
                n++;
            }
        }
    }
}
