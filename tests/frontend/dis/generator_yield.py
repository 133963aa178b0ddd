def gen(n):
    for i in range(n):
        yield i
    x = yield
    return x

def gen_expr_value():
    received = yield 1
    yield received * 2
