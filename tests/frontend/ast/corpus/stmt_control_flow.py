if a:
    pass
if a:
    b
else:
    c
if a:
    b
elif c:
    d
elif e:
    f
else:
    g
if a: b
elif c: d
else: e
while a:
    b
while a:
    if b:
        break
    continue
else:
    c
for x in y:
    pass
for x, y in z:
    pass
for (x, y), [z, *w] in v:
    pass
for x.attr in y: pass
for x[0] in y: pass
for x in y:
    for z in x:
        if z:
            break
        else:
            continue
    else:
        pass
else:
    done()
for x in *a, *b:
    pass
for x in 1, 2, 3:
    pass
while (n := n - 1):
    pass
if (
    a
    and b
):
    pass
