def f(obj, items):
    obj.method()
    obj.method(1, 2)
    obj.attr.method(key=3)
    items.append(obj)
    return len(items)
