# PEP 758: except and except* without parentheses (no 'as').
try:
    a
except E1, E2:
    b
try:
    a
except E1, E2, E3:
    b
except E4:
    c
try:
    a
except* E1, E2:
    b
try:
    a
except A.B, C[0], D():
    b
