a.b.c.d.e.f
a().b().c().d()
a[0].b[1].c[2]
a.b(c.d(e.f(g)))
obj.method(1)(2)(3).attr[4:5]["key"].other()
x = a.b.c = d.e.f
x = (a
     .b
     .c())
result = (
    session.query(User)
    .filter(User.id == 1)
    .order_by(User.name)
    .all()
)
"abc".upper().lower().strip()
[1, 2, 3][0].bit_length()
{1: 2}[1].real
(1).real
1.0.real
1 .real
"%s" % x
