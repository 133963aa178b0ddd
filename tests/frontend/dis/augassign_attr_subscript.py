def f(obj, d, i):
    obj.count += 1
    d[i] *= 2
    d["k"] |= {1}
    d[i:i + 2] += [0]
    obj.a.b -= 3
    i **= 2
    return i
