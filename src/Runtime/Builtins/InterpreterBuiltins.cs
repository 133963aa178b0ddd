using ProtoPython.Compiler;
using ProtoPython.Interpreter;
using ProtoPython.Objects;
using ProtoPython.Runtime.Loading;

namespace ProtoPython.Runtime.Builtins;

/// <summary>
/// The builtins that need the interpreter or the caller's frame: <c>__build_class__</c>,
/// <c>__import__</c>, <c>exec</c>, <c>eval</c>, <c>compile</c>, <c>globals</c>, <c>locals</c>,
/// and <c>vars</c>/<c>dir</c> without arguments.
/// </summary>
internal static class InterpreterBuiltins
{
    public static void Add(PythonRuntime rt, PyModule m)
    {
        m.AddFunction("__build_class__", BuildClass);
        m.AddFunction("__import__", (ts, a, kw) => Import(ts, rt, a, kw));
        m.AddFunction("exec", (ts, a, kw) => ExecOrEval(ts, rt, a, kw, CompileMode.Exec));
        m.AddFunction("eval", (ts, a, kw) => ExecOrEval(ts, rt, a, kw, CompileMode.Eval));
        m.AddFunction("compile", (ts, a, kw) => Compile(ts, rt, a, kw));
        m.AddFunction("globals", static (ts, a, kw) => ts.CurrentFrame is { } f ? PyValue.FromObject(f.Globals) : PyValue.FromObject(new PyDict()), NativeArity.NoArgs);
        m.AddFunction("locals", static (ts, a, kw) => Locals(ts), NativeArity.NoArgs);
        BuiltinsModule.CurrentLocals = Locals;
        if (!m.Dict.TryGetStr(PyStr.Intern("print"), out _))
        {
            // Temporary until the builtins helper's print lands: writes str(args) to sys.stdout.
            m.AddFunction("print", (ts, a, kw) => Print(ts, rt, a, kw));
        }
    }

    private static PyValue Print(ThreadState ts, PythonRuntime rt, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var n = a.Length - (kw?.Length ?? 0);
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            var s = PyOps.Str(ts, a[i]);
            if (s is null)
            {
                return PyValue.Error;
            }

            sb.Append(s.Value);
        }

        sb.Append('\n');
        var stream = rt.Sys.TryGetStr(PyStr.Intern("stdout"), out var so) ? so : PyValue.FromObject(rt.StdOut);
        return PyOps.CallMethod(ts, stream, PyStr.Intern("write"), [PyValue.FromObject(new PyStr(sb.ToString()))]).IsError ? PyValue.Error : PyValue.None;
    }

    /// <summary>locals(): the mapping of class and module bodies, a snapshot dict for function frames (PEP 667).</summary>
    public static PyValue Locals(ThreadState ts)
    {
        var frame = ts.CurrentFrame;
        if (frame is null)
        {
            return PyValue.FromObject(new PyDict());
        }

        if (!frame.Locals.IsNull)
        {
            return frame.Locals;
        }

        var dict = new PyDict();
        var code = frame.Code;
        for (var i = 0; i < code.NLocalsPlus; i++)
        {
            var v = frame.Stack[frame.Base + i];
            if ((code.LocalsPlusKinds[i] & (LocalsKind.Cell | LocalsKind.Free)) != 0 && v.AsObject is PyCell cell)
            {
                v = cell.Value;
            }

            if (!v.IsNull && (code.LocalsPlusKinds[i] & LocalsKind.Hidden) == 0)
            {
                dict.SetStr(code.LocalsPlusNames[i], v);
            }
        }

        return PyValue.FromObject(dict);
    }

    private static PyValue BuildClass(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kwnames)
    {
        var nkw = kwnames?.Length ?? 0;
        var npos = a.Length - nkw;
        if (npos < 2)
        {
            return ts.SetError(PyExc.TypeError, "__build_class__: not enough arguments");
        }

        if (a[0].AsObject is not PyFunction body)
        {
            return ts.SetError(PyExc.TypeError, "__build_class__: func must be a function");
        }

        if (a[1].AsObject is not PyStr name)
        {
            return ts.SetError(PyExc.TypeError, "__build_class__: name is not a string");
        }

        var origBases = a[2..npos].ToArray();
        var bases = ResolveMroEntries(ts, origBases, out var changed);
        if (bases is null)
        {
            return PyValue.Error;
        }

        PyValue meta = PyValue.Null;
        var kwValues = new List<PyValue>();
        var kwNames = new List<PyValue>();
        for (var k = 0; k < nkw; k++)
        {
            if (((PyStr)kwnames![k].AsObject).Value == "metaclass")
            {
                meta = a[npos + k];
            }
            else
            {
                kwNames.Add(kwnames[k]);
                kwValues.Add(a[npos + k]);
            }
        }

        var isClass = false;
        if (meta.IsNull)
        {
            meta = bases.Length == 0 ? PyValue.FromObject(PyType.TypeType) : PyValue.FromObject(bases[0].Type);
            isClass = true;
        }
        else if (meta.AsObject is PyType)
        {
            isClass = true;
        }

        if (isClass)
        {
            var winner = TypeFactory.CalculateMetaclass(ts, (PyType)meta.AsObject, bases);
            if (winner is null)
            {
                return PyValue.Error;
            }

            meta = PyValue.FromObject(winner);
        }

        var basesTuple = PyValue.FromObject(new PyTuple(bases));
        var kwTuple = kwNames.Count == 0 ? null : new PyTuple([.. kwNames]);
        PyValue ns;
        var r = PyOps.TryGetAttr(ts, meta, Objects.Names.Prepare, out var prepare);
        if (r < 0)
        {
            return PyValue.Error;
        }

        if (r > 0)
        {
            ns = PyOps.Call(ts, prepare, [PyValue.FromObject(name), basesTuple, .. kwValues], kwTuple);
            if (ns.IsError)
            {
                return ns;
            }

            if (ns.Type.GetItem is null)
            {
                return ts.SetError(PyExc.TypeError, (meta.AsObject is PyType mt ? mt.Name : "<metaclass>") + ".__prepare__() must return a mapping, not " + ns.Type.Name);
            }
        }
        else
        {
            ns = PyValue.FromObject(new PyDict());
        }

        var cell = PythonInterpreter.RunClassBody(ts, body, ns);
        if (cell.IsError)
        {
            return cell;
        }

        if (changed && !PyOps.SetItem(ts, ns, PyValue.FromObject(PyStr.Intern("__orig_bases__")), PyValue.FromObject(new PyTuple(origBases))))
        {
            return PyValue.Error;
        }

        var cls = PyOps.Call(ts, meta, [PyValue.FromObject(name), basesTuple, ns, .. kwValues], kwTuple);
        return cls.AsObject is PyType && cell.AsObject is PyCell classCell ? CheckClassCell(ts, classCell, name, cls) : cls;
    }

    // The metaclass must have passed __classcell__ on to type.__new__, which sets the cell to the class.
    private static PyValue CheckClassCell(ThreadState ts, PyCell cell, PyStr name, PyValue cls)
    {
        if (PyValue.Is(cell.Value, cls))
        {
            return cls;
        }

        var nameRepr = PyOps.Repr(ts, PyValue.FromObject(name));
        var clsRepr = PyOps.Repr(ts, cls);
        if (nameRepr is null || clsRepr is null)
        {
            return PyValue.Error;
        }

        if (cell.Value.IsNull)
        {
            return ts.SetError(PyExc.RuntimeError, "__class__ not set defining " + nameRepr.Value + " as " + clsRepr.Value + ". Was __classcell__ propagated to type.__new__?");
        }

        var cellRepr = PyOps.Repr(ts, cell.Value);
        return cellRepr is null ? PyValue.Error : ts.SetError(PyExc.TypeError, "__class__ set to " + cellRepr.Value + " defining " + nameRepr.Value + " as " + clsRepr.Value);
    }

    // PEP 560: a base that is not a class may supply the real bases through __mro_entries__.
    private static PyValue[]? ResolveMroEntries(ThreadState ts, PyValue[] bases, out bool changed)
    {
        changed = false;
        var result = new List<PyValue>(bases.Length);
        foreach (var b in bases)
        {
            if (b.AsObject is PyType)
            {
                result.Add(b);
                continue;
            }

            var r = PyOps.TryGetAttr(ts, b, Objects.Names.MroEntries, out var entries);
            if (r < 0)
            {
                return null;
            }

            if (r == 0)
            {
                result.Add(b);
                continue;
            }

            var got = PyOps.Call1(ts, entries, PyValue.FromObject(new PyTuple(bases)));
            if (got.IsError)
            {
                return null;
            }

            if (got.AsObject is not PyTuple t)
            {
                ts.SetError(PyExc.TypeError, "__mro_entries__ must return a tuple");
                return null;
            }

            changed = true;
            result.AddRange(t.Items.ToArray());
        }

        return [.. result];
    }

    private static PyValue Import(ThreadState ts, PythonRuntime rt, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var npos = a.Length - (kw?.Length ?? 0);
        PyValue name = npos > 0 ? a[0] : PyValue.Null, globals = npos > 1 ? a[1] : PyValue.None, fromlist = npos > 3 ? a[3] : PyValue.None, level = npos > 4 ? a[4] : PyValue.FromInt64(0);
        for (var k = 0; k < (kw?.Length ?? 0); k++)
        {
            switch (((PyStr)kw![k].AsObject).Value)
            {
                case "name": name = a[npos + k]; break;
                case "globals": globals = a[npos + k]; break;
                case "fromlist": fromlist = a[npos + k]; break;
                case "level": level = a[npos + k]; break;
                case "locals": break;
                default:
                    return ts.SetError(PyExc.TypeError, "__import__() got an unexpected keyword argument '" + ((PyStr)kw[k].AsObject).Value + "'");
            }
        }

        if (name.AsObject is not PyStr n)
        {
            return ts.SetError(PyExc.TypeError, name.IsNull ? "__import__() missing required argument 'name' (pos 1)" : "module name must be a string");
        }

        if (!PyOps.TryIndexAsInt64(ts, level, PyExc.OverflowError, out var lvl))
        {
            return PyValue.Error;
        }

        return rt.Imports.Import(ts, n, globals.AsObject as PyDict, fromlist, (int)lvl);
    }

    private static PyValue ExecOrEval(ThreadState ts, PythonRuntime rt, ReadOnlySpan<PyValue> a, PyTuple? kw, CompileMode mode)
    {
        var fname = mode == CompileMode.Exec ? "exec" : "eval";
        var npos = a.Length - (kw?.Length ?? 0);
        PyValue source = npos > 0 ? a[0] : PyValue.Null, globals = npos > 1 ? a[1] : PyValue.None, locals = npos > 2 ? a[2] : PyValue.None, closure = PyValue.None;
        for (var k = 0; k < (kw?.Length ?? 0); k++)
        {
            switch (((PyStr)kw![k].AsObject).Value)
            {
                case "globals": globals = a[npos + k]; break;
                case "locals": locals = a[npos + k]; break;
                case "closure" when mode == CompileMode.Exec: closure = a[npos + k]; break;
                default:
                    return ts.SetError(PyExc.TypeError, fname + "() got an unexpected keyword argument '" + ((PyStr)kw[k].AsObject).Value + "'");
            }
        }

        if (source.IsNull)
        {
            return ts.SetError(PyExc.TypeError, fname + " expected at least 1 argument, got 0");
        }

        var frame = ts.CurrentFrame;
        PyDict g;
        if (globals.IsNone)
        {
            g = frame?.Globals ?? new PyDict();
            if (locals.IsNone)
            {
                locals = frame is null ? PyValue.FromObject(g) : frame.Locals.IsNull ? InterpreterBuiltins.Locals(ts) : frame.Locals;
            }
        }
        else if (globals.AsObject is PyDict gd)
        {
            g = gd;
        }
        else
        {
            return ts.SetError(PyExc.TypeError, mode == CompileMode.Exec
                ? "exec() globals must be a dict, not " + globals.Type.Name
                : "globals must be a real dict; try eval(expr, {}, mapping)");
        }

        if (locals.IsNone)
        {
            locals = PyValue.FromObject(g);
        }

        if (!g.TryGetStr(Objects.Names.Builtins, out _))
        {
            g.SetStr(Objects.Names.Builtins, PyValue.FromObject(rt.Imports.Modules.TryGetStr(PyStr.Intern("builtins"), out var bm) ? bm.AsObject : rt.SysModule));
        }

        PyCode? code;
        if (source.AsObject is PyCode c)
        {
            // Free variables need cells the code cannot get here (CPython's checks and messages).
            if (c.NFree > 0)
            {
                return ts.SetError(PyExc.TypeError, mode == CompileMode.Eval
                    ? "code object passed to eval() may not contain free variables"
                    : "code object requires a closure of exactly length " + c.NFree);
            }

            if (!closure.IsNone)
            {
                return ts.SetError(PyExc.TypeError, "cannot use a closure with this code object");
            }

            code = c;
        }
        else
        {
            string? text = source.AsObject is PyStr s ? s.Value : null;
            if (text is null)
            {
                var r = PyOps.CallMethod(ts, source, PyStr.Intern("decode"), []);
                if (r.IsError)
                {
                    ts.ClearError();
                    return ts.SetError(PyExc.TypeError, mode == CompileMode.Exec
                        ? "exec() arg 1 must be a string, bytes or code object"
                        : "eval() arg 1 must be a string, bytes or code object");
                }

                text = ((PyStr)r.AsObject).Value;
            }

            if (mode == CompileMode.Eval)
            {
                text = text.TrimStart(' ', '\t');
            }

            if (text.Contains('\0'))
            {
                return ts.SetError(PyExc.SyntaxError, "source code string cannot contain null bytes");
            }

            code = SourceCompiler.Compile(ts, text, "<string>", mode);
            if (code is null)
            {
                return PyValue.Error;
            }
        }

        var result = PythonInterpreter.RunCode(ts, code, g, locals, BuiltinsOf(rt, g));
        return mode == CompileMode.Exec && !result.IsError ? PyValue.None : result;
    }

    private static PyDict BuiltinsOf(PythonRuntime rt, PyDict globals) =>
        globals.TryGetStr(Objects.Names.Builtins, out var b) ? b.AsObject switch
        {
            PyModule m => m.Dict,
            PyDict d => d,
            _ => rt.Builtins,
        } : rt.Builtins;

    private static PyValue Compile(ThreadState ts, PythonRuntime rt, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var npos = a.Length - (kw?.Length ?? 0);
        PyValue source = npos > 0 ? a[0] : PyValue.Null, filename = npos > 1 ? a[1] : PyValue.Null, mode = npos > 2 ? a[2] : PyValue.Null;
        PyValue flags = npos > 3 ? a[3] : PyValue.FromInt64(0), optimize = npos > 5 ? a[5] : PyValue.FromInt64(-1);
        for (var k = 0; k < (kw?.Length ?? 0); k++)
        {
            switch (((PyStr)kw![k].AsObject).Value)
            {
                case "source": source = a[npos + k]; break;
                case "filename": filename = a[npos + k]; break;
                case "mode": mode = a[npos + k]; break;
                case "flags": flags = a[npos + k]; break;
                case "optimize": optimize = a[npos + k]; break;
                case "dont_inherit": break;
                case "_feature_version": break;
                default:
                    return ts.SetError(PyExc.TypeError, "compile() got an unexpected keyword argument '" + ((PyStr)kw[k].AsObject).Value + "'");
            }
        }

        if (source.IsNull || filename.IsNull || mode.IsNull)
        {
            return ts.SetError(PyExc.TypeError, "compile() missing required argument 'source' (pos 1)");
        }

        if (mode.AsObject is not PyStr ms || ms.Value is not ("exec" or "eval" or "single" or "func_type"))
        {
            return ts.SetError(PyExc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        }

        var compileMode = ms.Value switch { "eval" => CompileMode.Eval, "single" => CompileMode.Single, "func_type" => CompileMode.FuncType, _ => CompileMode.Exec };
        if (!PyOps.TryIndexAsInt64(ts, flags, PyExc.OverflowError, out var f) || !PyOps.TryIndexAsInt64(ts, optimize, PyExc.OverflowError, out var opt))
        {
            return PyValue.Error;
        }

        var name = filename.AsObject is PyStr fs ? fs.Value : PyOps.Str(ts, filename)?.Value ?? "?";
        var options = new CompileOptions(name, compileMode, (CompileFlags)(int)f, (int)opt);
        if (Modules.Ast.AstCompile.IsAst(source))
        {
            return Modules.Ast.AstCompile.Compile(ts, source, options);
        }

        if (source.AsObject is PyCode)
        {
            return source;
        }

        string text;
        if (source.AsObject is PyStr s)
        {
            text = s.Value;
        }
        else
        {
            var r = PyOps.CallMethod(ts, source, PyStr.Intern("decode"), []);
            if (r.IsError)
            {
                ts.ClearError();
                return ts.SetError(PyExc.TypeError, "compile() arg 1 must be a string, bytes or AST object");
            }

            text = ((PyStr)r.AsObject).Value;
        }

        if (text.Contains('\0'))
        {
            return ts.SetError(PyExc.SyntaxError, "source code string cannot contain null bytes");
        }

        if ((f & (long)CompileFlags.OnlyAst) != 0)
        {
            return Modules.Ast.AstCompile.Parse(ts, text, options);
        }

        var code = SourceCompiler.Compile(ts, text, name, compileMode, (CompileFlags)(int)f, (int)opt);
        return code is null ? PyValue.Error : PyValue.FromObject(code);
    }
}
