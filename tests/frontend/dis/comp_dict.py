def f(pairs):
    return {k: v for k, v in pairs if v is not None}
