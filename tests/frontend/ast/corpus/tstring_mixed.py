t'a' t'b'
t'{a}' t'{b}'
t'a' t'{b}' t'c'
(t'first {a}'
 t'second {b}')
t"""multi
line {x}
"""
rt"""raw \d {x}"""
t'\N{BULLET} {x}'
t'{x:%Y-%m-%d}'
t'{x!r:{w}.{p}}'
t'{value:.2f} and {other=}'
template = t'Hello {name}!'
html(t'<p>{content}</p>')
t'{t'{t'{x}'}'}'
