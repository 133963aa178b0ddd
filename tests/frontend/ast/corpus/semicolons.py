x = 1; y = 2; z = 3
x = 1;
import os; import sys
pass; pass; pass
if x: a; b; c
while x: x -= 1; continue
for i in y: print(i); break
def f(): return 1; pass
class C: x = 1; y = 2
del x; global g; assert y
