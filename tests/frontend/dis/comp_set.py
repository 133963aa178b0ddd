def f(words):
    return {w.lower() for w in words}
