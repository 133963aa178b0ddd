try:
    a
except* E:
    b
try:
    a
except* E as e:
    b
except* (E1, E2) as eg:
    c
except *E3:
    d
else:
    e
finally:
    f
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
except* TypeError as e:
    print(e.exceptions)
