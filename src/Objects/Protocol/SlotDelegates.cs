namespace ProtoPython.Objects;

// The signatures of type slots (CPython's tp_*/nb_*/sq_*/mp_* function pointers). Every slot
// follows the error protocol of ARCHITECTURE §4: failure is PyValue.Error / false / a negative
// int with the exception pending in the ThreadState. "Null" arguments (PyValue.Null) stand for
// CPython's NULL: "no instance" for descriptors, "delete" for setters.

/// <summary>A one-argument slot: repr, str, iter, neg, pos, invert, abs, index, int, float.</summary>
public delegate PyValue UnaryFunc(ThreadState ts, PyValue self);

/// <summary>A binary number slot (nb_add...): NotImplemented when the operands are not its business.</summary>
public delegate PyValue BinaryFunc(ThreadState ts, PyValue left, PyValue right);

/// <summary>nb_power: <paramref name="modulus"/> is None for two-argument pow.</summary>
public delegate PyValue TernaryFunc(ThreadState ts, PyValue left, PyValue right, PyValue modulus);

/// <summary>tp_richcompare: NotImplemented when the comparison is not defined here.</summary>
public delegate PyValue RichCompareFunc(ThreadState ts, PyValue left, PyValue right, CompareOp op);

/// <summary>
/// tp_getattro in the form of <c>_PyObject_LookupAttr</c>: 1 found, 0 not found with no
/// exception set (the caller decides whether AttributeError is raised), -1 error.
/// </summary>
public delegate int GetAttrFunc(ThreadState ts, PyValue self, PyStr name, out PyValue value);

/// <summary>tp_setattro: <paramref name="value"/> Null deletes. False with a pending exception.</summary>
public delegate bool SetAttrFunc(ThreadState ts, PyValue self, PyStr name, PyValue value);

/// <summary>
/// tp_call / vectorcall: positional arguments then keyword values, whose names are
/// <paramref name="kwnames"/> (the last kwnames.Length entries of <paramref name="args"/>).
/// </summary>
public delegate PyValue CallFunc(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames);

/// <summary>tp_new: <paramref name="type"/> is the type being instantiated (a subtype of the slot's owner).</summary>
public delegate PyValue NewFunc(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames);

/// <summary>tp_init: false with a pending exception.</summary>
public delegate bool InitFunc(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kwnames);

/// <summary>tp_iternext: 1 with an item, 0 exhausted (no StopIteration object is made), -1 error.</summary>
public delegate int IterNextFunc(ThreadState ts, PyValue iterator, out PyValue item);

/// <summary>tp_descr_get: <paramref name="instance"/> is Null when looked up on the class.</summary>
public delegate PyValue DescrGetFunc(ThreadState ts, PyValue descriptor, PyValue instance, PyType owner);

/// <summary>tp_descr_set: <paramref name="value"/> Null deletes.</summary>
public delegate bool DescrSetFunc(ThreadState ts, PyValue descriptor, PyValue instance, PyValue value);

/// <summary>sq_length/mp_length: the length, or -1 with a pending exception.</summary>
public delegate long LengthFunc(ThreadState ts, PyValue self);

/// <summary>mp_ass_subscript: <paramref name="value"/> Null deletes.</summary>
public delegate bool SetItemFunc(ThreadState ts, PyValue self, PyValue key, PyValue value);

/// <summary>sq_contains and nb_bool: 1 true, 0 false, -1 error.</summary>
public delegate int PredicateFunc(ThreadState ts, PyValue self, PyValue item);

/// <summary>nb_bool: 1 true, 0 false, -1 error.</summary>
public delegate int InquiryFunc(ThreadState ts, PyValue self);
