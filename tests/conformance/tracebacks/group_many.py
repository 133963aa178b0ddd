# check: stderr
# A group with more than 15 sub-exceptions is cut off with "and N more exceptions".
errors = []
for i in range(18):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        elif i % 3 == 1:
            raise TypeError("type %d" % i)
        else:
            {}[i]
    except Exception as e:
        errors.append(e)
print(len(errors), "errors collected")
counts = {}
for e in errors:
    counts[type(e).__name__] = counts.get(type(e).__name__, 0) + 1
print(sorted(counts.items()))
group = ExceptionGroup("many", errors)
m, r = group.split(ValueError)
print(len(m.exceptions), len(r.exceptions))
print(repr(group.exceptions[0]), repr(group.exceptions[-1]))
raise group
