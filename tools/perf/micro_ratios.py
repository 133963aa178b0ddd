"""Per-operation timings for finding slow paths: each snippet runs in a loop inside a function, after
0.5 s of CPU warm-up (so ProtoPython is in its JIT-compiled loop), min of 2; prints "name ns-per-iteration".

    PY=$(../shared/tools/cpython314.sh)
    $PY tools/perf/micro_ratios.py > /tmp/c.txt; ./protopy tools/perf/micro_ratios.py > /tmp/p.txt
    paste /tmp/c.txt /tmp/p.txt | awk '{printf "%-18s %8s %8s %6.1f\n", $1, $2, $4, $4/$2}' | sort -k4 -nr

Arguments select snippets by name. A diagnostic, not a benchmark: the perf/ workloads are those.
"""
import time, sys
SNIPS = {
 "int_add": ("x=1", "x = x + 1"),
 "float_mul": ("x=1.5", "x = x * 1.0000001"),
 "str_concat": ("s='ab'", "t = s + 'cd'"),
 "str_join": ("l=['ab']*10", "t = ','.join(l)"),
 "str_split": ("s='a b c d e f'", "t = s.split()"),
 "str_format": ("x=12.5", "t = '%s-%d' % ('a', 5)"),
 "fstring_int": ("i=12345", "t = f'{i}'"),
 "str_int": ("i=12345", "t = str(i)"),
 "int_str": ("s='12345'", "t = int(s)"),
 "repr_float": ("x=0.1", "t = repr(x)"),
 "list_append": ("l=[]", "l.append(1)"),
 "list_index": ("l=list(range(100))", "t = l[50]"),
 "list_comp": ("r=range(20)", "t = [x for x in r]"),
 "list_sort": ("l=list(range(50,0,-1))", "t = sorted(l)"),
 "list_slice": ("l=list(range(20))", "t = l[2:10]"),
 "tuple_build": ("a=1;b=2", "t = (a, b, a)"),
 "dict_get": ("d={'a':1,'b':2}", "t = d['a']"),
 "dict_set": ("d={}", "d['k'] = 1"),
 "dict_iter": ("d=dict.fromkeys(range(20))", "for k in d: pass"),
 "dict_items": ("d=dict.fromkeys(range(20))", "for k, v in d.items(): pass"),
 "set_in": ("s=set(range(100))", "t = 50 in s"),
 "call_func": ("def f(a): return a", "f(1)"),
 "call_kw": ("def f(a, b=2): return a", "f(1, b=3)"),
 "call_builtin": ("l=[1,2]", "len(l)"),
 "method_call": ("class C:\n def m(self): return 1\nc=C()", "c.m()"),
 "attr_get": ("class C: pass\nc=C(); c.x=1", "t = c.x"),
 "attr_set": ("class C: pass\nc=C()", "c.x = 1"),
 "new_obj": ("class C:\n def __init__(self): self.a=1", "C()"),
 "dunder_add": ("class V:\n def __init__(s,x): s.x=x\n def __add__(s,o): return s\nv=V(1)", "v + v"),
 "isinstance": ("x=1", "isinstance(x, int)"),
 "gen_sum": ("def g():\n for i in range(10): yield i", "sum(g())"),
 "genexp": ("r=range(10)", "sum(x for x in r)"),
 "lambda_map": ("r=range(10)", "list(map(lambda x: x, r))"),
 "sorted_key": ("l=list(range(20))", "sorted(l, key=lambda x: -x)"),
 "try_except": ("", "try:\n raise ValueError\nexcept ValueError: pass"),
 "with_stmt": ("class CM:\n def __enter__(s): return s\n def __exit__(s,*a): pass\ncm=CM()", "with cm: pass"),
 "closure": ("def mk():\n x=1\n def f(): return x\n return f\nf=mk()", "f()"),
 "global_load": ("", "t = len"),
 "bigint_mul": ("x=3**100", "t = x * x"),
 "bytes_decode": ("b=b'hello world'*4", "t = b.decode()"),
 "str_encode": ("s='hello world'*4", "t = s.encode()"),
 "str_replace": ("s='hello world'*4", "t = s.replace('o', '0')"),
 "str_find": ("s='hello world'*4", "t = s.find('wor')"),
 "str_upper": ("s='hello world'*4", "t = s.upper()"),
 "str_startswith": ("s='hello world'", "t = s.startswith('hel')"),
 "hash_str": ("s='hello'", "t = hash(s)"),
 "enumerate": ("l=[1]*10", "for i, x in enumerate(l): pass"),
 "zip": ("a=[1]*10;b=[2]*10", "for x, y in zip(a, b): pass"),
 "unpack": ("t=(1,2,3)", "a, b, c = t"),
 "star_call": ("def f(*a): return a\nt=(1,2)", "f(*t)"),
 "kwargs_call": ("def f(**k): return k", "f(a=1, b=2)"),
 "super_call": ("class A:\n def m(self): return 1\nclass B(A):\n def m(self): return super().m()\nb=B()", "b.m()"),
 "property": ("class C:\n @property\n def p(self): return 1\nc=C()", "t = c.p"),
 "getattr_builtin": ("class C: pass\nc=C(); c.x=1", "getattr(c, 'x')"),
 "dataclass_eq": ("from dataclasses import dataclass\n@dataclass\nclass P:\n x: int\n y: int\np=P(1,2);q=P(1,2)", "p == q"),
 "re_match": ("import re\nr=re.compile(r'(\\w+)@(\\w+)')", "r.match('user@host')"),
 "json_dumps": ("import json\nd={'a':[1,2,3],'b':'x'}", "json.dumps(d)"),
 "collections_deque": ("from collections import deque\nd=deque()", "d.append(1); d.popleft()"),
 "defaultdict": ("from collections import defaultdict\nd=defaultdict(int)", "d['k'] += 1"),
 "math_sqrt": ("import math", "math.sqrt(2.0)"),
 "random": ("import random\nr=random.Random(1)", "r.random()"),
 "struct_pack": ("import struct", "struct.pack('<ii', 1, 2)"),
}
def bench(name, setup, stmt, n):
    src = "def _f(_n):\n" + "".join(" " + l + "\n" for l in setup.split("\n") if l) + " for _ in range(_n):\n" + "".join("  " + l + "\n" for l in stmt.split("\n"))
    ns = {}
    exec(src, ns)
    f = ns["_f"]
    f(n // 10)
    t = time.perf_counter(); f(n); return time.perf_counter() - t
only = sys.argv[1:]
_t0 = time.process_time()
while time.process_time() - _t0 < 0.5:
    sum(range(1000))

for name, (setup, stmt) in SNIPS.items():
    if only and name not in only: continue
    n = 200000
    t = min(bench(name, setup, stmt, n) for _ in range(2))
    print(f"{name} {t / n * 1e9:.1f}")
