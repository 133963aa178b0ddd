namespace ProtoPython.Objects;

public static partial class SlotTable
{
    private static SlotDef[]? s_definitions;

    private static SlotDef[] Definitions() => s_definitions ??= Build();

    private static SlotDef[] Build()
    {
        var defs = new List<SlotDef>
        {
            Def("__repr__", t => t.Repr, (t, f) => t.Repr = f, HeapSlots.Repr, f => Wrap.Unary(f), NativeArity.NoArgs),
            Def("__str__", t => t.ToStr, (t, f) => t.ToStr = f, HeapSlots.Str, f => Wrap.Unary(f), NativeArity.NoArgs),
            Def("__hash__", t => t.HashFunction, (t, f) => t.HashFunction = f, HeapSlots.Hash, Wrap.Hash, NativeArity.NoArgs, hashStyle: true),
            Def("__call__", t => t.Call, (t, f) => t.Call = f, HeapSlots.Call, Wrap.Call, NativeArity.Any),
            Def("__iter__", t => t.Iter, (t, f) => t.Iter = f, HeapSlots.Iter, f => Wrap.Unary(f), NativeArity.NoArgs),
            Def("__next__", t => t.IterNext, (t, f) => t.IterNext = f, HeapSlots.IterNext, Wrap.IterNext, NativeArity.NoArgs),
            Def("__init__", t => t.Init, (t, f) => t.Init = f, HeapSlots.Init, Wrap.Init, NativeArity.Any),
            Def("__len__", t => t.Length, (t, f) => t.Length = f, HeapSlots.Length, Wrap.Length, NativeArity.NoArgs),
            Def("__getitem__", t => t.GetItem, (t, f) => t.GetItem = f, HeapSlots.GetItem, f => Wrap.Binary(f, false), NativeArity.One),
            Def("__contains__", t => t.Contains, (t, f) => t.Contains = f, HeapSlots.Contains, Wrap.Contains, NativeArity.One),
            Def("__bool__", t => t.ToBool, (t, f) => t.ToBool = f, HeapSlots.Bool, Wrap.Bool, NativeArity.NoArgs),
            Def("__neg__", t => t.Negative, (t, f) => t.Negative = f, HeapSlots.Unary(PyStr.Intern("__neg__")), f => Wrap.Unary(f), NativeArity.NoArgs),
            Def("__pos__", t => t.Positive, (t, f) => t.Positive = f, HeapSlots.Unary(PyStr.Intern("__pos__")), f => Wrap.Unary(f), NativeArity.NoArgs),
            Def("__invert__", t => t.Invert, (t, f) => t.Invert = f, HeapSlots.Unary(PyStr.Intern("__invert__")), f => Wrap.Unary(f), NativeArity.NoArgs),
            Def("__abs__", t => t.Absolute, (t, f) => t.Absolute = f, HeapSlots.Unary(PyStr.Intern("__abs__")), f => Wrap.Unary(f), NativeArity.NoArgs),
            Def("__index__", t => t.Index, (t, f) => t.Index = f, HeapSlots.Unary(Names.Index), f => Wrap.Unary(f), NativeArity.NoArgs),
            Def("__int__", t => t.ToInt, (t, f) => t.ToInt = f, HeapSlots.Unary(Names.Int), f => Wrap.Unary(f), NativeArity.NoArgs),
            Def("__float__", t => t.ToFloat, (t, f) => t.ToFloat = f, HeapSlots.Unary(Names.Float), f => Wrap.Unary(f), NativeArity.NoArgs),
        };

        // Pairs and groups: several dunders, one slot.
        defs.Add(Group(["__getattribute__", "__getattr__"], t => t.GetAttr, (t, f) => t.GetAttr = f, HeapSlots.GetAttr,
            t => [("__getattribute__", Wrap.Method(t, "__getattribute__", Wrap.GetAttribute(t.GetAttr!), NativeArity.One))]));
        defs.Add(Group(["__setattr__", "__delattr__"], t => t.SetAttr, (t, f) => t.SetAttr = f, HeapSlots.SetAttr,
            t => [("__setattr__", Wrap.Method(t, "__setattr__", Wrap.SetAttr(t.SetAttr!), NativeArity.Positional)),
                  ("__delattr__", Wrap.Method(t, "__delattr__", Wrap.DelAttr(t.SetAttr!), NativeArity.One))]));
        defs.Add(Group(["__setitem__", "__delitem__"], t => t.SetItem, (t, f) => t.SetItem = f, HeapSlots.SetItem,
            t => [("__setitem__", Wrap.Method(t, "__setitem__", Wrap.SetItem(t.SetItem!), NativeArity.Positional)),
                  ("__delitem__", Wrap.Method(t, "__delitem__", Wrap.DelItem(t.SetItem!), NativeArity.One))]));
        defs.Add(Group(["__get__"], t => t.DescrGet, (t, f) => t.DescrGet = f, HeapSlots.DescrGet,
            t => [("__get__", Wrap.Method(t, "__get__", Wrap.DescrGet(t.DescrGet!), NativeArity.Positional))]));
        defs.Add(Group(["__set__", "__delete__"], t => t.DescrSet, (t, f) => t.DescrSet = f, HeapSlots.DescrSet,
            t => [("__set__", Wrap.Method(t, "__set__", Wrap.DescrSet(t.DescrSet!), NativeArity.Positional)),
                  ("__delete__", Wrap.Method(t, "__delete__", Wrap.DescrDelete(t.DescrSet!), NativeArity.One))]));
        defs.Add(Group(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"], t => t.RichCompare, (t, f) => t.RichCompare = f, HeapSlots.RichCompare,
            t => Wrap.RichCompareAll(t)));
        defs.Add(Group(["__new__"], t => t.New, (t, f) => t.New = f, HeapSlots.New, Wrap.New));

        for (var op = 0; op < NumberOps.Count; op++)
        {
            var stem = NumberOps.DunderStem((NumberOp)op);
            var slot = op;
            defs.Add(Group(["__" + stem + "__", "__r" + stem + "__"], t => t.Number[slot], (t, f) => t.Number[slot] = f, HeapSlots.Binary((NumberOp)op),
                t => slot == (int)NumberOp.Power
                    ? [("__pow__", Wrap.Method(t, "__pow__", Wrap.Power(t, t.Number[slot]!, false), NativeArity.Positional)),
                       ("__rpow__", Wrap.Method(t, "__rpow__", Wrap.Power(t, t.Number[slot]!, true), NativeArity.Positional))]
                    : [("__" + stem + "__", Wrap.Method(t, "__" + stem + "__", slot == (int)NumberOp.Add ? Wrap.Concat(t, t.Number[slot]!) : Wrap.Binary(t.Number[slot]!, false), NativeArity.One)),
                       ("__r" + stem + "__", Wrap.Method(t, "__r" + stem + "__", Wrap.Binary(t.Number[slot]!, true), NativeArity.One))]));
            var inplace = op + NumberOps.InplaceOffset;
            defs.Add(Group(["__i" + stem + "__"], t => t.Number[inplace], (t, f) => t.Number[inplace] = f, HeapSlots.Inplace((NumberOp)op),
                t => [("__i" + stem + "__", Wrap.Method(t, "__i" + stem + "__", Wrap.Binary(t.Number[inplace]!, false), NativeArity.One))]));
        }

        defs.Add(Group(["__pow__", "__rpow__"], t => t.Power, (t, f) => t.Power = f, HeapSlots.TernaryPower, _ => []));
        return [.. defs];
    }

    private static SlotDef Def<T>(string name, Func<PyType, T?> get, Action<PyType, T?> set, T python, Func<T, NativeFunction> wrap, NativeArity arity, bool hashStyle = false)
        where T : Delegate =>
        Group([name], get, set, python, t => [(name, Wrap.Method(t, name, wrap(get(t)!), arity))], hashStyle);

    private static SlotDef Group<T>(string[] names, Func<PyType, T?> get, Action<PyType, T?> set, T python, Func<PyType, IEnumerable<(string, PyValue)>> wrappers, bool hashStyle = false)
        where T : Delegate => new()
        {
            Names = names,
            Inherit = (t, b) => set(t, get(b)),
            InstallPython = t =>
            {
                // `__hash__ = None` (and `__iter__ = None`...) in a class makes the slot absent.
                if (hashStyle && t.TryLookup(names[0], out var v) && v.IsNone)
                {
                    set(t, (T)(Delegate)(HashFunction)PyType.HashNotImplemented);
                    return;
                }

                set(t, python);
            },
            IsSet = t => get(t) is not null,
            DefinedBy = t => get(t) is { } f && (t.Base is null || !ReferenceEquals(get(t.Base), f)),
            Wrappers = wrappers,
        };
}
