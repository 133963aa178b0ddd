namespace ProtoPython.Objects;

/// <summary>A metaclass's own <c>mro()</c> (CPython's <c>mro_invoke</c> and <c>mro_check</c>).</summary>
public sealed partial class PyType
{
    /// <summary>
    /// When the metaclass overrides <c>mro()</c>, calls it and replaces the C3 MRO with its result.
    /// False with a pending exception when it fails or returns something that is not a usable MRO.
    /// </summary>
    internal static bool ApplyCustomMro(ThreadState ts, PyType type)
    {
        var meta = type.Type;
        if (ReferenceEquals(meta, TypeType) || !meta.TryLookup(PyStr.Intern("mro"), out var method)
            || method.AsObject is PyMethodDescriptor { Owner: var owner } && ReferenceEquals(owner, TypeType))
        {
            return true;
        }

        var result = PyOps.CallAttribute(ts, method, PyValue.FromObject(type), ReadOnlySpan<PyValue>.Empty);
        if (result.IsError)
        {
            return false;
        }

        var items = SequenceHelpers.ToArray(ts, result);
        if (items is null)
        {
            return false;
        }

        var mro = new PyType[items.Length];
        var solid = type.LayoutBase;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].AsObject is not PyType t)
            {
                ts.SetError(PyExc.TypeError, "mro() returned a non-class ('" + items[i].Type.Name + "')");
                return false;
            }

            if (!solid.IsSubtypeOf(t.LayoutBase))
            {
                ts.SetError(PyExc.TypeError, "mro() returned base with unsuitable layout ('" + t.Name + "')");
                return false;
            }

            mro[i] = t;
        }

        type.Mro = mro;
        return true;
    }
}
