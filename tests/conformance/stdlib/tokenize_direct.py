# _tokenize.TokenizerIter (what tokenize.generate_tokens runs on): types, strings, positions, lines, errors.
import io
import token
import _tokenize

SOURCE = '''\
def f(a, b=1):  # comment
    """doc
    string"""
    x = a + b * 2 ** -1
    if x >= 3 and not b:
        return [i for i in range(x)] + {'k': 1.5e3, "v": 0x_ff}

s = f"value {x!r:>{width}} end" + rb'\\raw'
é = 'ünïcode' ; y = (1,
   2) \\
   + 3
@decorator
class C: pass
'''


def show(source, extra_tokens=True):
    it = _tokenize.TokenizerIter(io.StringIO(source).readline, extra_tokens=extra_tokens)
    try:
        for type_, string, start, end, line in it:
            print(token.tok_name[type_], repr(string), start, end, repr(line))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)


show(SOURCE)
print('-- parser mode')
show('x = (1 +\n  2)\nif x:\n    pass\n', extra_tokens=False)
print('-- no final newline')
show('a = 1')
print('-- errors')
show('x = "unterminated\n')
show('def f():\n  x = 1\n    y = 2\n')
show('(1, 2\n')
show('x = 1 $ 2\n')
print('-- bytes')
it = _tokenize.TokenizerIter(io.BytesIO('z = "ß"\n'.encode()).readline, extra_tokens=True, encoding='utf-8')
print([(token.tok_name[t], s, a, b) for t, s, a, b, _ in it])
