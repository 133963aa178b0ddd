# tokenize: generate_tokens and tokenize (bytes, encoding detection), untokenize, TokenError.
import io
import tokenize

SOURCE = 'def f(x):\n    return x ** 2  # square\n\nprint(f"{f(3)!r}")\n'
for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    print(tok)
print([t.exact_type for t in tokenize.generate_tokens(io.StringIO('a += [1]\n').readline)])
toks = list(tokenize.tokenize(io.BytesIO(b'# -*- coding: latin-1 -*-\nx = 1\n').readline))
print(toks[0], toks[-1])
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO(SOURCE).readline)) == SOURCE)
try:
    list(tokenize.generate_tokens(io.StringIO('x = (1,\n').readline))
except tokenize.TokenError as e:
    print('TokenError', e.args)
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
