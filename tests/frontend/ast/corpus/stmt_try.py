try:
    a
except:
    b
try:
    a
except E:
    b
try:
    a
except E as e:
    b
except (E1, E2) as e:
    c
except (E1, E2):
    c
except E.sub:
    d
except:
    e
else:
    f
finally:
    g
try:
    a
finally:
    b
try:
    a
except E:
    b
finally:
    c
try:
    a
except E:
    b
else:
    c
try:
    try:
        a
    except E:
        raise
    finally:
        b
except (lambda: E)():
    pass
def f():
    try:
        return 1
    finally:
        return 2
for x in y:
    try:
        continue
    finally:
        break
