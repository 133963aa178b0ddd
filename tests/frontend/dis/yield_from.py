def delegate(g):
    result = yield from g
    return result

def chain(*gens):
    for g in gens:
        yield from g
