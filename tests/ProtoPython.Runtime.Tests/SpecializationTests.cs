using System.Text;
using ProtoPython.Bytecode;
using ProtoPython.Objects;
using ProtoPython.Specializer;

namespace ProtoPython.Runtime.Tests;

/// <summary>
/// In the style of CPython's test_opcache: a function runs enough times for its instructions to
/// specialize, then the quickened code shows the expected form; after the guard stops holding, the
/// program's output stays right and the instruction re-specializes or goes generic. Only
/// meaningful with specialization on (the default); under PROTOPY_SPECIALIZE=off or stress the
/// forms differ, so these tests then check only the output.
/// </summary>
public sealed class SpecializationTests
{
    private static bool DefaultMode => SpecializerConfig.Mode == SpecializationMode.On;

    [Theory]
    [InlineData("def f(a, b): return a + b\nfor i in range(20): r = f(i, 1)\nprint(r)", "BINARY_OP_ADD_INT", "20")]
    [InlineData("def f(a, b): return a * b\nfor i in range(20): r = f(i * 0.5, 2.0)\nprint(r)", "BINARY_OP_MULTIPLY_FLOAT", "19.0")]
    [InlineData("def f(a, b): return a + b\nfor i in range(20): r = f('x', str(i))\nprint(r)", "BINARY_OP_ADD_UNICODE", "x19")]
    [InlineData("def f(a, b): return a % b\nfor i in range(20): r = f(i, 7)\nprint(r)", "BINARY_OP_EXTEND", "5")]
    [InlineData("def f(a, b): return a * b\nfor i in range(20): r = f(i * 0.5, 3)\nprint(r)", "BINARY_OP_EXTEND", "28.5")]
    [InlineData("def f(a, i): return a[i]\nfor i in range(20): r = f(['a', 'b'], 1)\nprint(r)", "BINARY_OP_SUBSCR_LIST_INT", "b")]
    [InlineData("def f(a, i): return a[i]\nfor i in range(20): r = f([1, 2, 3], 1)\nprint(r)", "BINARY_OP_SUBSCR_LIST_I64", "2")]
    [InlineData("def f(a, i): return a[i]\nfor i in range(20): r = f([1.5, 2.5], -1)\nprint(r)", "BINARY_OP_SUBSCR_LIST_F64", "2.5")]
    [InlineData("def f(a): return a[1:3]\nfor i in range(20): r = f([1, 2, 3])\nprint(r)", "BINARY_OP_SUBSCR_LIST_SLICE", "[2, 3]")]
    [InlineData("class S:\n    def __getitem__(self, i): return i * 2\ndef f(o, i): return o[i]\nfor i in range(20): r = f(S(), i)\nprint(r)", "BINARY_OP_SUBSCR_GETITEM", "38")]
    [InlineData("def f(n):\n    s = ''\n    for i in range(n): s += 'x'\n    return s\nprint(f(20))", "BINARY_OP_INPLACE_ADD_UNICODE", "xxxxxxxxxxxxxxxxxxxx")]
    [InlineData("def f(a, i): return a[i]\nfor i in range(20): r = f((1, 2, 3), -1)\nprint(r)", "BINARY_OP_SUBSCR_TUPLE_INT", "3")]
    [InlineData("def f(a, k): return a[k]\nfor i in range(20): r = f({'k': 5}, 'k')\nprint(r)", "BINARY_OP_SUBSCR_DICT", "5")]
    [InlineData("def f(a, b): return a < b\nfor i in range(20): r = f(i, 10)\nprint(r)", "COMPARE_OP_INT", "False")]
    [InlineData("def f(a, b): return a >= b\nfor i in range(20): r = f(i * 1.0, 10.0)\nprint(r)", "COMPARE_OP_FLOAT", "True")]
    [InlineData("def f(a, b): return a == b\nfor i in range(20): r = f('a', 'a')\nprint(r)", "COMPARE_OP_STR", "True")]
    [InlineData("def f(x):\n    if x: return 1\n    return 0\nfor i in range(20): r = f([1])\nprint(r)", "TO_BOOL_LIST", "1")]
    [InlineData("def f(x):\n    if x: return 1\n    return 0\nfor i in range(20): r = f('')\nprint(r)", "TO_BOOL_STR", "0")]
    [InlineData("def f(x):\n    if x: return 1\n    return 0\nfor i in range(20): r = f(None)\nprint(r)", "TO_BOOL_NONE", "0")]
    [InlineData("def f(n):\n    s = 0\n    for i in range(n): s += i\n    return s\nprint(f(50))", "FOR_ITER_RANGE", "1225")]
    [InlineData("def f(xs):\n    s = 0\n    for x in xs: s += x\n    return s\nprint(f([10**30] * 50))", "FOR_ITER_LIST", "50" + "000000000000000000000000000000")]
    [InlineData("def f(xs):\n    s = 0\n    for x in xs: s += x\n    return s\nprint(f(list(range(50))))", "FOR_ITER_LIST_I64", "1225")]
    [InlineData("def f(xs):\n    s = 0\n    for x in xs: s += x\n    return s\nprint(f([0.5] * 50))", "FOR_ITER_LIST_F64", "25.0")]
    [InlineData("def f(xs):\n    s = 0\n    for x in xs: s += x\n    return s\nprint(f(tuple(range(50))))", "FOR_ITER_TUPLE", "1225")]
    [InlineData("G = 7\ndef f(): return G\nfor i in range(20): r = f()\nprint(r)", "LOAD_GLOBAL_MODULE", "7")]
    [InlineData("def f(x): return len(x)\nfor i in range(20): r = f('abc')\nprint(r)", "LOAD_GLOBAL_BUILTIN", "3")]
    [InlineData("def g(a): return a\ndef f(x): return g(x)\nfor i in range(20): r = f(i)\nprint(r)", "CALL_PY_EXACT_ARGS", "19")]
    [InlineData("def g(n):\n    for i in range(n): yield i\ndef f(n): return sum(g(n))\nfor i in range(20): r = f(i)\nprint(r)", "CALL_PY_EXACT_ARGS", "171")]
    [InlineData("def g(a, b=2): return a + b\ndef f(x): return g(x)\nfor i in range(20): r = f(i)\nprint(r)", "CALL_PY_GENERAL", "21")]
    [InlineData("class C:\n    def __init__(self, v): self.v = v\ndef f(x): return C(x)\nfor i in range(20): r = f(i)\nprint(r.v)", "CALL_ALLOC_AND_ENTER_INIT", "19")]
    [InlineData("def f(x): return Exception(x)\nfor i in range(20): r = f(i)\nprint(r)", "CALL_NON_PY_GENERAL", "19")]
    [InlineData("def f(x): return len(x)\nfor i in range(20): r = f('abc')\nprint(r)", "CALL_LEN", "3")]
    [InlineData("def f(x): return type(x)\nfor i in range(20): r = f(1.5)\nprint(r)", "CALL_TYPE_1", "<class 'float'>")]
    [InlineData("def f(x): return str(x)\nfor i in range(20): r = f(i)\nprint(r)", "CALL_STR_1", "19")]
    [InlineData("def f(xs, x): xs.append(x)\nxs = []\nfor i in range(20): f(xs, i)\nprint(len(xs), xs[-1])", "CALL_LIST_APPEND", "20 19")]
    [InlineData("def f(s): return s.upper()\nfor i in range(20): r = f('ab')\nprint(r)", "CALL_METHOD_DESCRIPTOR_NOARGS", "AB")]
    [InlineData("def f(x): return max(x, 3)\nfor i in range(20): r = f(i)\nprint(r)", "CALL_BUILTIN_FAST", "19")]
    [InlineData("class C:\n    def __init__(self): self.x = 3\ndef f(c): return c.x\nc = C()\nfor i in range(20): r = f(c)\nprint(r)", "LOAD_ATTR_INSTANCE_VALUE", "3")]
    [InlineData("class C:\n    def m(self): return 4\ndef f(c): return c.m()\nc = C()\nfor i in range(20): r = f(c)\nprint(r)", "LOAD_ATTR_METHOD_WITH_VALUES", "4")]
    [InlineData("class C:\n    def m(self): return 4\ndef f(c): return c.m()\nc = C()\nfor i in range(20): r = f(c)\nprint(r)", "CALL_PY_EXACT_ARGS", "4")]
    [InlineData("def f(xs): return xs.count(1)\nfor i in range(20): r = f([1, 1])\nprint(r)", "LOAD_ATTR_METHOD_NO_DICT", "2")]
    [InlineData("class C:\n    K = 9\ndef f(): return C.K\nfor i in range(20): r = f()\nprint(r)", "LOAD_ATTR_CLASS", "9")]
    [InlineData("import math\ndef f(x): return math.floor(x)\nfor i in range(20): r = f(2.5)\nprint(r)", "LOAD_ATTR_MODULE", "2")]
    [InlineData("class C:\n    def __init__(self): self._x = 2\n    @property\n    def x(self): return self._x * 10\ndef f(c): return c.x\nc = C()\nfor i in range(20): r = f(c)\nprint(r)", "LOAD_ATTR_PROPERTY", "20")]
    [InlineData("class C:\n    __slots__ = ('v',)\n    def __init__(self): self.v = 3\n    def m(self): return self.v + 1\ndef f(c): return c.m()\nc = C()\nfor i in range(20): r = f(c)\nprint(r)", "LOAD_ATTR_METHOD_NO_DICT", "4")]
    [InlineData("class C:\n    __slots__ = ('x',)\n    def __init__(self): self.x = 5\ndef f(c): return c.x\nc = C()\nfor i in range(20): r = f(c)\nprint(r)", "LOAD_ATTR_SLOT", "5")]
    [InlineData("class C:\n    def __init__(self): self.x = 0\ndef f(c, v): c.x = v\nc = C()\nfor i in range(20): f(c, i)\nprint(c.x)", "STORE_ATTR_INSTANCE_VALUE", "19")]
    [InlineData("class C:\n    __slots__ = ('x',)\ndef f(c, v): c.x = v\nc = C()\nfor i in range(20): f(c, i)\nprint(c.x)", "STORE_ATTR_SLOT", "19")]
    [InlineData("class C: pass\ndef f(v):\n    c = C()\n    c.x = v\n    c.y = v + 1\n    return c\nfor i in range(20): r = f(i)\nprint(r.x, r.y, list(vars(r)))", "STORE_ATTR_INSTANCE_VALUE", "19 20 ['x', 'y']")]
    [InlineData("def f(t):\n    a, b = t\n    return b\nfor i in range(20): r = f((1, i))\nprint(r)", "UNPACK_SEQUENCE_TWO_TUPLE", "19")]
    [InlineData("def f(t):\n    a, b, c = t\n    return c\nfor i in range(20): r = f([1, 2, i])\nprint(r)", "UNPACK_SEQUENCE_LIST", "19")]
    [InlineData("def f(xs, i): xs[i] = i\nxs = [None] * 30 + [0]\nfor i in range(20): f(xs, i)\nprint(sum(xs[:20]))", "STORE_SUBSCR_LIST_INT", "190")]
    [InlineData("def f(xs, i): xs[i] = i\nxs = [0] * 30\nfor i in range(20): f(xs, i)\nprint(sum(xs))", "STORE_SUBSCR_LIST_I64", "190")]
    [InlineData("def f(xs, i): xs[i] = i / 2\nxs = [0.0] * 30\nfor i in range(20): f(xs, i)\nprint(sum(xs))", "STORE_SUBSCR_LIST_F64", "95.0")]
    [InlineData("def f(xs, x): return x in xs\nfor i in range(20): r = f([1, 2, 3], i)\nprint(r)", "CONTAINS_OP_LIST_I64", "False")]
    [InlineData("def f(s, x): return x not in s\nfor i in range(20): r = f('abc', 'bc')\nprint(r)", "CONTAINS_OP_STR", "False")]
    [InlineData("class C: pass\nc = C()\nc.__dict__\nc.x = 3\ndef f(c): return c.x\nfor i in range(20): r = f(c)\nprint(r)", "LOAD_ATTR_WITH_HINT", "3")]
    [InlineData("class C: pass\nc = C()\nc.__dict__\nc.x = 3\ndef f(c, v): c.x = v\nfor i in range(20): f(c, i)\nprint(c.x)", "STORE_ATTR_WITH_HINT", "19")]
    [InlineData("class A:\n    def m(self): return 1\nclass B(A):\n    def m(self): return super().m() + 1\nfor i in range(20): r = B().m()\nf = B.m\nprint(r)", "LOAD_SUPER_ATTR_METHOD", "2")]
    [InlineData("class A:\n    k = 5\nclass B(A):\n    def m(self): return super().k\nfor i in range(20): r = B().m()\nf = B.m\nprint(r)", "LOAD_SUPER_ATTR_ATTR", "5")]
    [InlineData("class G:\n    def __getattribute__(self, n): return n\ndef f(o): return o.abc\nfor i in range(20): r = f(G())\nprint(r)", "LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN", "abc")]
    [InlineData("class M(type): pass\nclass C(metaclass=M):\n    K = 9\ndef f(): return C.K\nfor i in range(20): r = f()\nprint(r)", "LOAD_ATTR_CLASS_WITH_METACLASS_CHECK", "9")]
    [InlineData("class E(Exception):\n    def m(self): return 4\ndef f(e): return e.m()\nfor i in range(20): r = f(E())\nprint(r)", "LOAD_ATTR_METHOD_LAZY_DICT", "4")]
    [InlineData("class C:\n    __slots__ = ()\n    K = 6\ndef f(c): return c.K\nfor i in range(20): r = f(C())\nprint(r)", "LOAD_ATTR_NONDESCRIPTOR_NO_DICT", "6")]
    [InlineData("def f(d, i): d[i] = i\nd = {}\nfor i in range(20): f(d, i)\nprint(len(d))", "STORE_SUBSCR_DICT", "20")]
    [InlineData("def f(s, x): return x in s\nfor i in range(20): r = f({1, 2}, i)\nprint(r, f({frozenset({1})}, {1}))", "CONTAINS_OP_SET", "False True")]
    [InlineData("def f(d, x): return x not in d\nfor i in range(20): r = f({1: 2}, i)\nprint(r)", "CONTAINS_OP_DICT", "True")]
    public void HotInstructionSpecializes(string source, string form, string output)
    {
        var (printed, f) = Run(source);
        Assert.Equal(output, printed);
        if (DefaultMode)
        {
            Assert.Contains(form, AdaptiveNames(f));
        }
    }

    [Theory]
    // After the operand types change, the generic body runs and the output is CPython's.
    [InlineData("def f(a, b): return a + b\nfor i in range(20): f(i, 1)\nprint(f(1.5, 1), f('a', 'b'), f(2**62, 2**62))", "2.5 ab 9223372036854775808")]
    [InlineData("G = 1\ndef f(): return G\nfor i in range(20): f()\nG = 2\nprint(f())\ndel G\ntry:\n    f()\nexcept NameError as e:\n    print(e)", "2\nname 'G' is not defined")]
    [InlineData("def g(a): return a\ndef f(x): return g(x)\nfor i in range(20): f(i)\ng.__defaults__ = (5,)\ndef g(a, b): return a - b\nprint(f.__code__ is not None)\ntry:\n    f(1)\nexcept TypeError as e:\n    print(e)", "True\ng() missing 1 required positional argument: 'b'")]
    [InlineData("class C:\n    def __init__(self): self.x = 3\ndef f(c): return c.x\nc = C()\nfor i in range(20): f(c)\nC.x = property(lambda self: 'prop')\nprint(f(c))", "prop")]
    [InlineData("class C:\n    def m(self): return 1\ndef f(c): return c.m()\nc = C()\nfor i in range(20): f(c)\nC.m = lambda self: 2\nprint(f(c))\nc.m = lambda: 3\nprint(f(c))", "2\n3")]
    [InlineData("class A:\n    def m(self): return 'A'\nclass B:\n    def m(self): return 'B'\ndef f(c): return c.m()\na = A()\nfor i in range(20): f(a)\na.__class__ = B\nprint(f(a))", "B")]
    [InlineData("def f(xs):\n    out = []\n    for x in xs: out.append(x)\n    return out\nfor i in range(20): f([1, 2])\nprint(f((3, 4)), f(range(2)), f('ab'))", "[3, 4] [0, 1] ['a', 'b']")]
    [InlineData("def f(x): return len(x)\nfor i in range(20): f('ab')\nlen = lambda x: -1\nprint(f('abc'))", "-1")]
    [InlineData("def f(xs, x): xs.append(x)\nxs = []\nfor i in range(20): f(xs, i)\nclass L(list):\n    def append(self, x): super().append(x * 10)\nys = L()\nf(ys, 2)\nprint(ys, len(xs))", "[20] 20")]
    [InlineData("def f(x): return type(x)\nfor i in range(20): f(1)\ntype = len\nprint(f('abcd'))", "4")]
    [InlineData("import math\ndef f(): return math.pi > 3\nfor i in range(20): f()\nmath.pi = 1\nprint(f())", "False")]
    [InlineData("class C:\n    def __init__(self): self.x = 0\ndef f(c, v): c.x = v\nc = C()\nfor i in range(20): f(c, i)\nd = C()\nd.y = 1\nf(d, 5)\nprint(c.x, d.x, d.y)", "19 5 1")]
    [InlineData("def f(t):\n    a, b = t\n    return b\nfor i in range(20): f((1, i))\nprint(f([3, 4]), f('xy'))\ntry:\n    f((1, 2, 3))\nexcept ValueError as e:\n    print(e)", "4 y\ntoo many values to unpack (expected 2, got 3)")]
    [InlineData("def f(xs, i): xs[i] = i\nxs = [0] * 30\nfor i in range(20): f(xs, i)\ntry:\n    f(xs, 40)\nexcept IndexError as e:\n    print(e)\nf(xs, -1)\nprint(xs[-1])", "list assignment index out of range\n-1")]
    [InlineData("class C:\n    __slots__ = ('x',)\ndef f(c, v): c.x = v\nc = C()\nfor i in range(20): f(c, i)\nC.x = property(lambda self: 'p', lambda self, v: print('set', v))\nf(c, 7)\nprint(c.x)", "set 7\np")]
    [InlineData("class C: pass\ndef f(v):\n    c = C()\n    c.x = v\n    return c\nfor i in range(20): f(i)\nC.__setattr__ = lambda self, n, v: print('set', n, v)\nr = f(5)\nprint(hasattr(r, 'x'))\nclass D(C): pass\nprint(f(6) is not None)", "set x 5\nFalse\nset x 6\nTrue")]
    [InlineData("class C:\n    def __init__(self, v):\n        self.v = v\n        if v == 50: return 1\n        if v == 60: raise KeyError(v)\ndef f(x): return C(x)\nfor i in range(20): f(i)\nfor v in (50, 60):\n    try:\n        f(v)\n    except Exception as e:\n        print(type(e).__name__, e)\ndef init2(self, v): self.w = v * 2\nC.__init__ = init2\nprint(f(4).w)\nC.__init__.__defaults__ = None\nclass D(C):\n    def __new__(cls, v): return 'new'\nprint(f(5).w)", "TypeError __init__() should return None, not 'int'\nKeyError 60\n8\n10")]
    [InlineData("def f(a, b): return a // b\nfor i in range(20): f(i, 3)\nprint(f(7.5, 2), f(-7, 2), f(2**70, 3))\ntry:\n    f(1, 0)\nexcept ZeroDivisionError as e:\n    print(e)\nprint(f(True, 1), f(9, 2.0))", "3.0 -4 393530540239137101141\ndivision by zero\n1 4.0")]
    [InlineData("class C:\n    def __init__(self): self._x = 2\n    @property\n    def x(self):\n        if self._x < 0: raise ValueError('neg')\n        return self._x\ndef f(c): return c.x\nc = C()\nfor i in range(20): f(c)\nc._x = -1\ntry:\n    f(c)\nexcept ValueError as e:\n    print('error', e)\nC.x = property(lambda self: 'new')\nprint(f(c))\nC.x = 5\nprint(f(c))\ndel C.x\ntry:\n    f(c)\nexcept AttributeError as e:\n    print(e)", "error neg\nnew\n5\n'C' object has no attribute 'x'")]
    [InlineData("class C:\n    def __init__(self, v):\n        yield v\ndef f(x): return C(x)\nfor i in range(3):\n    try:\n        f(i)\n    except TypeError as e:\n        print(e)", "__init__() should return None, not 'generator'\n__init__() should return None, not 'generator'\n__init__() should return None, not 'generator'")]
    public void OutputSurvivesGuardFailures(string source, string output)
    {
        var (printed, _) = Run(source);
        Assert.Equal(output, printed);
    }

    private static (string Output, PyCode Code) Run(string source)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var runtime = new PythonRuntime(new RuntimeOptions { StdOut = stdout, StdErr = stderr });
        var status = runtime.RunCommand(source, []);
        runtime.FlushAll();
        var err = Encoding.UTF8.GetString(stderr.ToArray());
        Assert.True(status == 0, err);
        Assert.True(runtime.Imports.Modules.TryGetStr(PyStr.Intern("__main__"), out var m));
        var main = (PyModule)m.AsObject;
        main.Dict.TryGetStr(PyStr.Intern("f"), out var f);
        return (Encoding.UTF8.GetString(stdout.ToArray()).TrimEnd('\n'), ((PyFunction)f.AsObject).Code);
    }

    private static List<string> AdaptiveNames(PyCode code)
    {
        var names = new List<string>();
        var units = code.Instructions;
        for (var i = 0; i < units.Length;)
        {
            var op = (Opcode)(units[i] & 0xFF);
            names.Add(OpcodeInfo.Name(op));
            i += 1 + OpcodeInfo.CacheEntries(OpcodeInfo.Deopt(op));
        }

        return names;
    }
}
