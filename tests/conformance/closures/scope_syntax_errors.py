# Compile-time scope errors reported by compile().
cases = {
    'global after use': 'def f():\n    x = 1\n    global x\n',
    'global after read': 'def f():\n    print(x)\n    global x\n',
    'parameter and global': 'def f(x):\n    global x\n',
    'parameter and nonlocal': 'def g():\n    x = 1\n    def f(x):\n        nonlocal x\n',
    'nonlocal at module level': 'nonlocal x\n',
    'no binding for nonlocal': 'def f():\n    nonlocal x\n',
    'nonlocal of global': 'x = 1\ndef f():\n    global x\n    def g():\n        nonlocal x\n',
    'nonlocal and global': 'def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n',
    'nonlocal after assignment': 'def g():\n    x = 1\n    def f():\n        x = 2\n        nonlocal x\n',
    'annotated global': 'def f():\n    global x\n    x: int = 1\n',
    'nonlocal in class at top': 'class C:\n    nonlocal x\n',
    'return outside function': 'return 1\n',
    'yield outside function': 'yield 1\n',
    'await outside async': 'def f():\n    await x\n',
    'break outside loop': 'break\n',
    'continue outside loop': 'def f():\n    continue\n',
    'duplicate argument': 'def f(a, a):\n    pass\n',
    'duplicate lambda argument': 'lambda a, a: 0\n',
    'duplicate kw-only': 'def f(a, *, a):\n    pass\n',
    'default before non-default': 'def f(a=1, b):\n    pass\n',
    'star after double star': 'def f(**k, *a):\n    pass\n',
    'bare star': 'def f(*):\n    pass\n',
    'walrus in comprehension iterable': '[x for x in (y := [1])]\n',
    'walrus rebinding iteration var': '[i := 0 for i in range(3)]\n',
    'keyword repeated in call': 'f(a=1, a=2)\n',
    'positional after keyword': 'f(a=1, 2)\n',
    'assign to call': 'f() = 1\n',
    'delete literal': 'del 1\n',
    'assign to keyword': 'None = 1\n',
    'assign to __debug__': '__debug__ = 1\n',
}
for label, src in cases.items():
    try:
        compile(src, '<case>', 'exec')
        print(label, '-> compiled')
    except SyntaxError as e:
        print(label, '->', type(e).__name__, '|', e.msg, '| line', e.lineno)
