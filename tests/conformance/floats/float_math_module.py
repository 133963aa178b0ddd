# Deterministic math-module functions on floats and ints: floor/ceil/trunc, gcd, isqrt, comb, fsum, etc.
import math
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", repr(r))

show("floor/ceil", lambda: [(math.floor(x), math.ceil(x), math.trunc(x)) for x in (2.5, -2.5, 0.0, -0.0, 1e20)])
show("floor int", lambda: (math.floor(10 ** 30), math.ceil(-(10 ** 30))))
show("gcd lcm", lambda: (math.gcd(12, 18), math.gcd(-12, 18), math.gcd(), math.gcd(0, 0), math.lcm(4, 6), math.lcm(2 ** 64, 3)))
show("isqrt", lambda: (math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1)))
show("isqrt neg", lambda: math.isqrt(-1))
show("factorial", lambda: (math.factorial(0), math.factorial(20), math.factorial(25)))
show("factorial float", lambda: math.factorial(5.0))
show("factorial neg", lambda: math.factorial(-1))
show("comb perm", lambda: (math.comb(10, 3), math.comb(3, 10), math.perm(5, 2), math.perm(5)))
show("fsum", lambda: (math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([])))
show("prod", lambda: (math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 21))))
show("copysign", lambda: (math.copysign(3, -0.0), math.copysign(-2.5, 1)))
show("fabs", lambda: (math.fabs(-3), math.fabs(-0.0)))
show("isclose", lambda: (math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9)))
show("sqrt", lambda: (math.sqrt(16), math.sqrt(2.0), math.sqrt(0.0), math.sqrt(-0.0)))
show("exp log", lambda: (math.exp(0), math.log(1), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(math.e)))
show("log big int", lambda: (math.log(2 ** 1000, 2), math.log10(10 ** 400)))
show("trig exact", lambda: (math.sin(0.0), math.cos(0.0), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0), math.degrees(math.pi), math.radians(180)))
show("dist hypot", lambda: (math.hypot(3, 4, 12), math.dist((0, 0), (3, 4))))
show("modf frexp", lambda: (math.modf(2.5), math.modf(-0.0), math.frexp(0.0), math.frexp(-8.0), math.ldexp(1, -1074)))
show("nextafter ulp", lambda: (math.nextafter(1.0, 2.0), math.ulp(1.0), math.nextafter(0.0, -1.0)))
show("remainder", lambda: (math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3)))
show("fmod errors", lambda: math.fmod(1.0, 0.0))
show("domain", lambda: math.acos(2))
show("range", lambda: math.exp(1e6))
show("sumprod", lambda: math.sumprod([1, 2, 3], [4, 5, 6]))
show("cbrt exp2", lambda: (math.cbrt(27.0), math.exp2(10)))
