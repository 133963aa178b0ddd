# PEP 750 template strings.
t''
t'plain'
t'{x}'
t'{x}{y}'
t'a{x}b{y}c'
t'{x!r}'
t'{x!s}'
t'{x!a}'
t'{x:>10}'
t'{x:{w}}'
t'{x=}'
t'{x = !r:^{w}}'
T'{x}'
rt'\n{x}'
tr'{x}\n'
Rt'{x}'
tR'{x}'
t'{{}}'
t'{{x}}'
t'{ x }'
t'{x, y}'
t'''{
    x
}'''
t"{t"{x}"}"
t"{f"{x}"}"
f"{t"{x}"}"
t'{x:{t"{y}"}}' if False else 0
t'{(lambda: 1)()}'
