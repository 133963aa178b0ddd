namespace ProtoPython.Objects;

/// <summary>
/// The type-variable bookkeeping of <c>list[T]</c> and <c>int | T</c> (CPython's <c>_Py_make_parameters</c> and
/// <c>_Py_subs_parameters</c>): collecting the parameters of the arguments, and substituting values for them.
/// </summary>
public static class TypeParameters
{
    private static readonly PyStr s_subst = PyStr.Intern("__typing_subst__");
    private static readonly PyStr s_prepareSubst = PyStr.Intern("__typing_prepare_subst__");
    private static readonly PyStr s_parameters = PyStr.Intern("__parameters__");
    private static readonly PyStr s_isUnpackedTypeVarTuple = PyStr.Intern("__typing_is_unpacked_typevartuple__");

    /// <summary>The type variables among <paramref name="args"/> (and their <c>__parameters__</c>), first occurrence order; null with an exception.</summary>
    public static PyTuple? Make(ThreadState ts, ReadOnlySpan<PyValue> args)
    {
        var found = new List<PyValue>();
        return Collect(ts, args, found) ? new PyTuple([.. found]) : null;
    }

    private static bool Collect(ThreadState ts, ReadOnlySpan<PyValue> args, List<PyValue> found)
    {
        foreach (var t in args)
        {
            // Not the __parameters__ descriptor of a bare class.
            if (t.AsObject is PyType)
            {
                continue;
            }

            var r = PyOps.TryGetAttr(ts, t, s_subst, out _);
            if (r < 0)
            {
                return false;
            }

            if (r > 0)
            {
                AddUnique(found, t);
                continue;
            }

            r = PyOps.TryGetAttr(ts, t, s_parameters, out var sub);
            if (r < 0)
            {
                return false;
            }

            if (r == 0 && (t.AsObject is PyTuple || t.AsObject is PyList))
            {
                if (!Collect(ts, ItemsOf(t), found))
                {
                    return false;
                }
            }
            else if (r > 0 && sub.AsObject is PyTuple subTuple)
            {
                foreach (var p in subTuple.Items)
                {
                    AddUnique(found, p);
                }
            }
        }

        return true;
    }

    private static void AddUnique(List<PyValue> found, PyValue v)
    {
        foreach (var x in found)
        {
            if (PyValue.Is(x, v))
            {
                return;
            }
        }

        found.Add(v);
    }

    private static PyValue[] ItemsOf(PyValue seq) =>
        seq.AsObject is PyTuple t ? t.Items.ToArray() : ((PyList)seq.AsObject).ToArray();

    private static int IndexOf(PyTuple parameters, PyValue v)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            if (PyValue.Is(parameters[i], v))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><c>self[item]</c> for an alias whose arguments are <paramref name="args"/>: the new argument tuple; null with an exception.</summary>
    public static PyTuple? Substitute(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple parameters, PyValue item)
    {
        var nparams = parameters.Length;
        if (nparams == 0)
        {
            var r = PyOps.Repr(ts, self);
            if (r is not null)
            {
                ts.SetError(PyExc.TypeError, r.Value + " is not a generic class");
            }

            return null;
        }

        item = UnpackArgs(item);
        foreach (var param in parameters.Items)
        {
            var found = PyOps.TryGetAttr(ts, param, s_prepareSubst, out var prepare);
            if (found < 0)
            {
                return null;
            }

            if (found > 0 && !prepare.IsNone)
            {
                var tupleArg = item.AsObject is PyTuple ? item : PyValue.FromObject(new PyTuple([item]));
                item = PyOps.Call(ts, prepare, [self, tupleArg]);
                if (item.IsError)
                {
                    return null;
                }
            }
        }

        var argItems = item.AsObject is PyTuple itemTuple ? itemTuple.Items.ToArray() : [item];
        if (argItems.Length != nparams)
        {
            var r = PyOps.Repr(ts, self);
            if (r is not null)
            {
                ts.SetError(PyExc.TypeError, "Too " + (argItems.Length > nparams ? "many" : "few") + " arguments for " + r.Value
                    + "; actual " + argItems.Length + ", expected " + nparams);
            }

            return null;
        }

        return SubstituteArgs(ts, self, args, parameters, item, argItems);
    }

    private static PyTuple? SubstituteArgs(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple parameters, PyValue item, PyValue[] argItems)
    {
        var result = new List<PyValue>(args.Length);
        foreach (var original in args)
        {
            var arg = original;
            if (arg.AsObject is PyType)
            {
                result.Add(arg);
                continue;
            }

            if (arg.AsObject is PyTuple || arg.AsObject is PyList)
            {
                var sub = Substitute(ts, self, ItemsOf(arg), parameters, item);
                if (sub is null)
                {
                    return null;
                }

                result.Add(arg.AsObject is PyTuple ? PyValue.FromObject(sub) : PyValue.FromObject(PyList.FromValues(sub.Items.ToArray())));
                continue;
            }

            var unpack = false;
            var u = PyOps.TryGetAttr(ts, arg, s_isUnpackedTypeVarTuple, out var flag);
            if (u < 0)
            {
                return null;
            }

            if (u > 0)
            {
                unpack = PyValue.Is(flag, PyValue.True);
            }

            var found = PyOps.TryGetAttr(ts, arg, s_subst, out var subst);
            if (found < 0)
            {
                return null;
            }

            arg = found > 0 ? PyOps.Call(ts, subst, [argItems[IndexOf(parameters, arg)]]) : SubstituteVars(ts, arg, parameters, argItems);
            if (arg.IsError)
            {
                return null;
            }

            if (unpack && arg.AsObject is PyTuple unpacked)
            {
                result.AddRange(unpacked.Items);
            }
            else
            {
                result.Add(arg);
            }
        }

        return new PyTuple([.. result]);
    }

    // obj[...] with obj's own parameters replaced by their values (dict[T, list[S]] -> list[S][int]).
    private static PyValue SubstituteVars(ThreadState ts, PyValue obj, PyTuple parameters, PyValue[] argItems)
    {
        var r = PyOps.TryGetAttr(ts, obj, s_parameters, out var sub);
        if (r < 0)
        {
            return PyValue.Error;
        }

        if (r == 0 || sub.AsObject is not PyTuple { Length: > 0 } subParams)
        {
            return obj;
        }

        var subArgs = new List<PyValue>();
        foreach (var p in subParams.Items)
        {
            var arg = p;
            var index = IndexOf(parameters, p);
            if (index >= 0)
            {
                arg = argItems[index];
                // A TypeVarTuple (the iterable parameter) takes a tuple of values.
                if (parameters[index].Type.Iter is not null && arg.AsObject is PyTuple values)
                {
                    subArgs.AddRange(values.Items);
                    continue;
                }
            }

            subArgs.Add(arg);
        }

        return PyOps.GetItem(ts, obj, PyValue.FromObject(new PyTuple([.. subArgs])));
    }

    // *tuple[int, str] among the arguments becomes int, str (not *tuple[int, ...]).
    private static PyValue UnpackArgs(PyValue item)
    {
        var items = item.AsObject is PyTuple t ? t.Items.ToArray() : [item];
        var changed = false;
        var result = new List<PyValue>(items.Length);
        foreach (var x in items)
        {
            if (x.AsObject is PyGenericAlias { Starred: true } ga && ga.UnpackedTupleArgs() is { } inner
                && !(inner.Length > 0 && PyValue.Is(inner[^1], PyValue.Ellipsis)))
            {
                result.AddRange(inner.Items);
                changed = true;
            }
            else
            {
                result.Add(x);
            }
        }

        return changed || item.AsObject is PyTuple ? PyValue.FromObject(new PyTuple([.. result])) : item;
    }
}
