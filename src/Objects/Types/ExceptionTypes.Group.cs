namespace ProtoPython.Objects;

/// <summary>
/// BaseExceptionGroup and ExceptionGroup: construction rules (which of the two a call makes),
/// <c>message</c>/<c>exceptions</c>, str/repr, <c>derive</c>, <c>split</c> and <c>subgroup</c>.
/// </summary>
internal static partial class ExceptionTypes
{
    private static void InstallGroups()
    {
        var t = PyExc.BaseExceptionGroup;
        t.AddClassMethod("__class_getitem__", static (ts, a, kw) => GenericAliases.Create(ts, a, kw));
        t.New = GroupNew;
        t.Init = static (ts, self, args, kw) => BaseInit(ts, self, args, kw);
        t.ToStr = static (ts, v) =>
        {
            var e = G(v);
            var msg = PyOps.Str(ts, OrNone(e.Msg));
            var n = e.Exceptions.Length;
            return msg is null ? PyValue.Error : Str(msg.Value + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
        };
        t.Repr = GroupRepr;
        t.AddGetSet("message", static (ts, v) => OrNone(G(v).Msg), ReadOnlyMember);
        t.AddGetSet("exceptions", static (ts, v) => PyValue.FromObject(G(v).Exceptions), ReadOnlyMember);
        t.AddMethod1("derive", static (ts, self, excs) => PyOps.Call2(ts, PyValue.FromObject(PyExc.BaseExceptionGroup), OrNone(G(self).Msg), excs));
        t.AddMethod1("split", static (ts, self, matcher) => Split(ts, self, matcher, true));
        t.AddMethod1("subgroup", static (ts, self, matcher) => Split(ts, self, matcher, false));
    }

    private static PyExceptionGroup G(PyValue v) => (PyExceptionGroup)v.AsObject;

    private static bool ReadOnlyMember(ThreadState ts, PyValue self, PyValue value)
    {
        ts.SetError(PyExc.AttributeError, "readonly attribute");
        return false;
    }

    private static PyValue GroupNew(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var npos = args.Length - (kw?.Length ?? 0);
        if (npos != 2)
        {
            return ts.SetError(PyExc.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + npos + " given)");
        }

        if (args[0].AsObject is not PyStr)
        {
            return ts.SetError(PyExc.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not " + TypeNameForArg(args[0]));
        }

        var seq = args[1];
        if (seq.Type.GetItem is null || seq.Type.HasFlag(TypeFlags.DictSubclass))
        {
            return ts.SetError(PyExc.TypeError, "second argument (exceptions) must be a sequence");
        }

        string? savedRepr = null;
        if (seq.AsObject is not PyList and not PyTuple)
        {
            // A custom sequence may change later: its repr is taken now.
            savedRepr = PyOps.Repr(ts, seq)?.Value;
            if (savedRepr is null)
            {
                return PyValue.Error;
            }
        }

        var excs = SequenceToArray(ts, seq);
        if (excs is null)
        {
            return PyValue.Error;
        }

        if (excs.Length == 0)
        {
            return ts.SetError(PyExc.ValueError, "second argument (exceptions) must be a non-empty sequence");
        }

        var nestsBase = false;
        for (var i = 0; i < excs.Length; i++)
        {
            if (excs[i].AsObject is not PyBaseException)
            {
                return ts.SetError(PyExc.ValueError, "Item " + i + " of second argument (exceptions) is not an exception");
            }

            nestsBase |= !excs[i].Type.IsSubtypeOf(PyExc.Exception);
        }

        var cls = type;
        if (ReferenceEquals(cls, PyExc.ExceptionGroup))
        {
            if (nestsBase)
            {
                return ts.SetError(PyExc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            }
        }
        else if (ReferenceEquals(cls, PyExc.BaseExceptionGroup))
        {
            if (!nestsBase)
            {
                cls = PyExc.ExceptionGroup;
            }
        }
        else if (nestsBase && cls.IsSubtypeOf(PyExc.Exception))
        {
            return ts.SetError(PyExc.TypeError, "Cannot nest BaseExceptions in '" + cls.Name + "'");
        }

        var e = (PyExceptionGroup)Allocate(cls);
        e.Args = new PyTuple([args[0], args[1]]);
        e.Msg = args[0];
        e.Exceptions = new PyTuple(excs);
        e.ExceptionsRepr = savedRepr;
        return PyValue.FromObject(e);
    }

    // The exceptions as args[1] looked: a list keeps looking like a list (of the current exceptions).
    private static PyValue GroupRepr(ThreadState ts, PyValue v)
    {
        var e = G(v);
        string? excs = e.ExceptionsRepr;
        if (excs is null)
        {
            var shown = e.Args.Length > 1 && e.Args[1].AsObject is PyList
                ? PyValue.FromObject(PyList.FromValues(e.Exceptions.Items))
                : PyValue.FromObject(e.Exceptions);
            excs = PyOps.Repr(ts, shown)?.Value;
        }

        var msg = excs is null ? null : PyOps.Repr(ts, OrNone(e.Msg));
        return msg is null ? PyValue.Error : Str(e.Type.Name + "(" + msg.Value + ", " + excs + ")");
    }

    private static PyValue Split(ThreadState ts, PyValue self, PyValue matcher, bool constructRest)
    {
        bool byPredicate;
        if (matcher.Type.Call is not null && matcher.AsObject is not PyType)
        {
            byPredicate = true;
        }
        else if (IsExceptionClass(matcher) || (matcher.AsObject is PyTuple tuple && AllExceptionClasses(tuple)))
        {
            byPredicate = false;
        }
        else
        {
            return ts.SetError(PyExc.TypeError, "expected an exception type, a tuple of exception types, or a callable (other than a class)");
        }

        if (!SplitRecursive(ts, self, matcher, byPredicate, constructRest, out var match, out var rest))
        {
            return PyValue.Error;
        }

        if (!constructRest)
        {
            return match.IsNull ? PyValue.None : match;
        }

        return PyValue.FromObject(new PyTuple([match.IsNull ? PyValue.None : match, rest.IsNull ? PyValue.None : rest]));
    }

    private static bool IsExceptionClass(PyValue v) => v.AsObject is PyType t && t.IsSubtypeOf(PyExc.BaseException);

    private static bool AllExceptionClasses(PyTuple tuple)
    {
        foreach (var item in tuple.Items)
        {
            if (!IsExceptionClass(item))
            {
                return false;
            }
        }

        return true;
    }

    private static int Matches(ThreadState ts, PyValue exc, PyValue matcher, bool byPredicate)
    {
        if (byPredicate)
        {
            var r = PyOps.Call1(ts, matcher, exc);
            return r.IsError ? -1 : PyOps.IsTrue(ts, r);
        }

        if (matcher.AsObject is PyType t)
        {
            return exc.Type.IsSubtypeOf(t) ? 1 : 0;
        }

        foreach (var item in ((PyTuple)matcher.AsObject).Items)
        {
            if (exc.Type.IsSubtypeOf((PyType)item.AsObject))
            {
                return 1;
            }
        }

        return 0;
    }

    private static bool SplitRecursive(ThreadState ts, PyValue exc, PyValue matcher, bool byPredicate, bool constructRest, out PyValue match, out PyValue rest)
    {
        match = PyValue.Null;
        rest = PyValue.Null;
        var m = Matches(ts, exc, matcher, byPredicate);
        if (m < 0)
        {
            return false;
        }

        if (m > 0)
        {
            match = exc;
            return true;
        }

        if (exc.AsObject is not PyExceptionGroup group)
        {
            if (constructRest)
            {
                rest = exc;
            }

            return true;
        }

        if (!PyOps.EnsureStack(ts, " in exceptiongroup_split_recursive"))
        {
            return false;
        }

        var matches = new PyList();
        var rests = new PyList();
        foreach (var e in group.Exceptions.Items)
        {
            if (!SplitRecursive(ts, e, matcher, byPredicate, constructRest, out var subMatch, out var subRest))
            {
                return false;
            }

            if (!subMatch.IsNull)
            {
                matches.Append(subMatch);
            }

            if (!subRest.IsNull)
            {
                rests.Append(subRest);
            }
        }

        return Subset(ts, exc, matches, out match) && (!constructRest || Subset(ts, exc, rests, out rest));
    }

    // orig.derive(excs), with orig's traceback, context, cause and a copy of its notes.
    private static bool Subset(ThreadState ts, PyValue orig, PyList excs, out PyValue result)
    {
        result = PyValue.Null;
        if (excs.Count == 0)
        {
            return true;
        }

        var derived = PyOps.CallMethod(ts, orig, PyStr.Intern("derive"), [PyValue.FromObject(excs)]);
        if (derived.IsError)
        {
            return false;
        }

        if (derived.AsObject is not PyExceptionGroup eg)
        {
            ts.SetError(PyExc.TypeError, "derive must return an instance of BaseExceptionGroup");
            return false;
        }

        var source = E(orig);
        if (source.Traceback is { } tb)
        {
            eg.Traceback = tb;
        }

        eg.Context = source.Context;
        eg.Cause = source.Cause;
        eg.SuppressContext = true;
        var r = PyOps.TryGetAttr(ts, orig, PyStr.Intern("__notes__"), out var notes);
        if (r < 0)
        {
            return false;
        }

        if (r > 0 && notes.Type.GetItem is not null && !notes.Type.HasFlag(TypeFlags.DictSubclass))
        {
            var copy = SequenceToArray(ts, notes);
            if (copy is null || !PyOps.SetAttr(ts, derived, PyStr.Intern("__notes__"), PyValue.FromObject(PyList.FromValues(copy))))
            {
                return false;
            }
        }

        result = derived;
        return true;
    }
}
