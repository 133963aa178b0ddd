using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>raise, except matching, except*, with-statement exits, traceback entries and implicit chaining.</summary>
internal static class Exceptions
{
    /// <summary>
    /// Called when an exception starts unwinding through <paramref name="frame"/>: sets the
    /// implicit <c>__context__</c> from the exception being handled, adds a traceback entry.
    /// </summary>
    public static void OnRaised(ThreadState ts, InterpreterFrame frame, int instr)
    {
        if (ts.CurrentException is not { } exc)
        {
            ts.SetError(PyExc.SystemError, "error return without exception set");
            exc = ts.CurrentException!;
        }

        ChainContext(ts, exc);
        exc.Traceback = new PyTraceback(exc.Traceback as PyTraceback, frame.GetFrameObject(), instr);
    }

    /// <summary>Implicit chaining (_PyErr_SetObject): the handled exception becomes __context__, breaking cycles.</summary>
    public static void ChainContext(ThreadState ts, PyBaseException exc)
    {
        var handled = ts.HandledException;
        if (handled is null || ReferenceEquals(handled, exc) || exc.Context is not null)
        {
            return;
        }

        // Avoid a cycle: if exc is already in handled's context chain, cut the chain there. The
        // chain may itself hold a cycle (user code can set __context__): a second walker at half
        // speed (Floyd's) meets the first one there, and the walk stops.
        var o = handled;
        var slow = handled;
        var moveSlow = false;
        while (o.Context is { } next)
        {
            if (ReferenceEquals(next, exc))
            {
                o.Context = null;
                break;
            }

            o = next;
            if (ReferenceEquals(o, slow))
            {
                break;
            }

            if (moveSlow)
            {
                slow = slow.Context!;
            }

            moveSlow = !moveSlow;
        }

        exc.Context = handled;
    }

    /// <summary>RAISE_VARARGS. True for a bare <c>raise</c> (re-raise: no new traceback entry), false otherwise; the exception is pending either way.</summary>
    public static bool Raise(ThreadState ts, int oparg, PyValue[] stack, int sp)
    {
        if (oparg == 0)
        {
            if (ts.HandledException is not { } current)
            {
                ts.SetError(PyExc.RuntimeError, "No active exception to reraise");
                return false;
            }

            ts.SetError(current);
            return true;
        }

        var excValue = oparg == 2 ? stack[sp - 2] : stack[sp - 1];
        var exc = Instantiate(ts, excValue, "exceptions must derive from BaseException");
        if (exc is null)
        {
            return false;
        }

        if (oparg == 2)
        {
            var causeValue = stack[sp - 1];
            if (causeValue.IsNone)
            {
                exc.Cause = null;
            }
            else
            {
                var cause = Instantiate(ts, causeValue, "exception causes must derive from BaseException");
                if (cause is null)
                {
                    return false;
                }

                exc.Cause = cause;
            }

            exc.SuppressContext = true;
        }

        ts.SetError(exc);
        return false;
    }

    private static PyBaseException? Instantiate(ThreadState ts, PyValue v, string message)
    {
        if (v.AsObject is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            var made = PyOps.Call0(ts, v);
            if (made.IsError)
            {
                return null;
            }

            if (made.AsObject is not PyBaseException e)
            {
                ts.SetError(PyExc.TypeError, "calling " + t + " should have returned an instance of BaseException, not " + made.Type.Name);
                return null;
            }

            return e;
        }

        if (v.AsObject is PyBaseException instance)
        {
            return instance;
        }

        ts.SetError(PyExc.TypeError, message);
        return null;
    }

    /// <summary>CHECK_EXC_MATCH: 1/0, or -1 when the except clause names something that is not an exception class.</summary>
    public static int Matches(ThreadState ts, PyValue exc, PyValue type)
    {
        if (!ValidateExceptType(ts, type))
        {
            return -1;
        }

        return IsInstance(exc, type) ? 1 : 0;
    }

    private static bool IsInstance(PyValue exc, PyValue type)
    {
        if (type.AsObject is PyTuple tuple)
        {
            foreach (var t in tuple.Items)
            {
                if (IsInstance(exc, t))
                {
                    return true;
                }
            }

            return false;
        }

        return type.AsObject is PyType pt && exc.Type.IsSubtypeOf(pt);
    }

    private static bool ValidateExceptType(ThreadState ts, PyValue type)
    {
        if (type.AsObject is PyTuple tuple)
        {
            foreach (var t in tuple.Items)
            {
                if (t.AsObject is not PyType pt || !pt.IsSubtypeOf(PyExc.BaseException))
                {
                    ts.SetError(PyExc.TypeError, "catching classes that do not inherit from BaseException is not allowed");
                    return false;
                }
            }

            return true;
        }

        if (type.AsObject is not PyType single || !single.IsSubtypeOf(PyExc.BaseException))
        {
            ts.SetError(PyExc.TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return false;
        }

        return true;
    }

    /// <summary>CHECK_EG_MATCH: (exc, type) → (rest, match) at the top of the stack.</summary>
    public static bool CheckEgMatch(ThreadState ts, PyValue[] stack, int sp)
    {
        var exc = stack[sp - 2];
        var type = stack[sp - 1];
        if (!ValidateExceptType(ts, type))
        {
            return false;
        }

        if (IsGroupType(type))
        {
            ts.SetError(PyExc.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return false;
        }

        PyValue match, rest;
        if (!exc.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
        {
            if (IsInstance(exc, type))
            {
                var groupType = exc.Type.IsSubtypeOf(PyExc.Exception) ? PyExc.ExceptionGroup : PyExc.BaseExceptionGroup;
                match = PyOps.Call2(ts, PyValue.FromObject(groupType), PyValue.FromObject(PyStr.Intern("")), PyValue.FromObject(new PyTuple([exc])));
                if (match.IsError)
                {
                    return false;
                }

                ((PyBaseException)match.AsObject).Traceback = ((PyBaseException)exc.AsObject).Traceback;
                rest = PyValue.None;
            }
            else
            {
                match = PyValue.None;
                rest = exc;
            }
        }
        else
        {
            var pair = PyOps.CallMethod(ts, exc, PyStr.Intern("split"), [type]);
            if (pair.IsError)
            {
                return false;
            }

            var t = (PyTuple)pair.AsObject;
            match = t[0];
            rest = t[1];
        }

        if (!match.IsNone)
        {
            ts.HandledException = (PyBaseException)match.AsObject;
        }

        stack[sp - 2] = rest;
        stack[sp - 1] = match;
        return true;
    }

    private static bool IsGroupType(PyValue type)
    {
        if (type.AsObject is PyTuple tuple)
        {
            foreach (var t in tuple.Items)
            {
                if (IsGroupType(t))
                {
                    return true;
                }
            }

            return false;
        }

        return type.AsObject is PyType pt && pt.IsSubtypeOf(PyExc.BaseExceptionGroup);
    }

    /// <summary>WITH_EXCEPT_START: exit(type, value, traceback) with the stack (exit_func, exit_self, lasti, unused, val).</summary>
    public static PyValue WithExceptStart(ThreadState ts, PyValue[] stack, int sp)
    {
        var exitFunc = stack[sp - 5];
        var exitSelf = stack[sp - 4];
        var val = stack[sp - 1];
        var exc = val.AsObject as PyBaseException;
        var tb = exc?.Traceback is { } t ? PyValue.FromObject(t) : PyValue.None;
        var typ = PyValue.FromObject(val.Type);
        return exitSelf.IsNull
            ? PyOps.Call(ts, exitFunc, [typ, val, tb])
            : PyOps.Call(ts, exitFunc, [exitSelf, typ, val, tb]);
    }

    /// <summary>
    /// INTRINSIC_PREP_RERAISE_STAR: what an except* block re-raises, from the original group and
    /// the exceptions its handlers raised or re-raised (CPython's _PyExc_PrepReraiseStar).
    /// </summary>
    public static PyValue PrepReraiseStar(ThreadState ts, PyValue orig, PyValue excs)
    {
        var list = (PyList)excs.AsObject;
        var raised = new List<PyValue>();
        var reraised = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        var origLeaves = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        CollectLeaves(orig, origLeaves);
        for (var i = 0; i < list.Count; i++)
        {
            list.TryGetItem(ts, i, out var e);
            if (e.IsNone)
            {
                continue;
            }

            var leaves = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
            CollectLeaves(e, leaves);
            if (leaves.Count > 0 && leaves.IsSubsetOf(origLeaves))
            {
                reraised.UnionWith(leaves);
            }
            else
            {
                raised.Add(e);
            }
        }

        if (raised.Count == 0 && reraised.Count == 0)
        {
            return PyValue.None;
        }

        if (!orig.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
        {
            // A naked exception was wrapped for except*; it can only be re-raised as itself.
            return raised.Count > 0 ? raised[0] : orig;
        }

        var result = new List<PyValue>(raised);
        if (reraised.Count > 0)
        {
            var predicate = PyValue.FromObject(new PyBuiltinFunction("_in_reraised", (ts2, a, _) => PyValue.FromBool(reraised.Contains(a[0].AsObject))));
            var pair = PyOps.CallMethod(ts, orig, PyStr.Intern("split"), [predicate]);
            if (pair.IsError)
            {
                return pair;
            }

            var kept = ((PyTuple)pair.AsObject)[0];
            if (!kept.IsNone)
            {
                result.Add(kept);
            }
        }

        if (result.Count == 1)
        {
            return result[0];
        }

        var group = PyOps.Call2(ts, PyValue.FromObject(PyExc.ExceptionGroup), PyValue.FromObject(PyStr.Intern("")), PyValue.FromObject(PyList.FromValues([.. result])));
        return group;
    }

    private static void CollectLeaves(PyValue e, HashSet<PyObject> leaves)
    {
        if (e.AsObject is PyBaseException exc && exc.Type.IsSubtypeOf(PyExc.BaseExceptionGroup)
            && PyOps.TryGetAttr(ThreadState.Current, e, PyStr.Intern("exceptions"), out var subs) > 0 && subs.AsObject is PyTuple t)
        {
            foreach (var s in t.Items)
            {
                CollectLeaves(s, leaves);
            }

            return;
        }

        if (e.AsObject is PyBaseException)
        {
            leaves.Add(e.AsObject);
        }
    }
}
