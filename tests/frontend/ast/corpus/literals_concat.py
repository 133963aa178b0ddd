'a' 'b'
'a' "b" '''c''' """d"""
'a' r'\b'
u'a' 'b'
'a' u'b'
'a' f'b'
f'a' 'b'
f'{x}' f'{y}'
'a' f'{x}' 'b' f'{y}' 'c'
r'\d' f'{x}' rf'\d{y}' fr'{z}\n'
('implicit'
 'concatenation'
 ' across lines')
x = ("abc"
     f"{y}"
     "def")
'' ''
f'' ''
'' f''
f'{x}' ''
t'{x}' t'y'
t'a' t'{b}' t'c'
t'' t''
'\N{BULLET}' f'{x}' '\u00e9'
