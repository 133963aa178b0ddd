# inf and nan arithmetic, comparisons, identity and containers.
import math
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, -inf * -inf, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan - nan, nan ** 0, 1 ** nan, inf ** 0, 0 ** 0.0)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
print(inf == inf, inf > 1e308, -inf < -1e308, inf == -(-inf), inf > nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf), math.isnan(inf))
x = nan
print(x is x, x == x, [x] == [x], (x,) == (x,), x in [x], nan in [float("nan")])
print({x: 1}[x], len({nan, nan}), len({float("nan"), float("nan")}))
print(max(1, nan), max(nan, 1), min(nan, 1), min(1, nan), sorted([3, 1, 2]))
print(inf % 3 if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf, 5.0 % -inf)
try:
    print(inf % 3)
except Exception as e:
    print(type(e).__name__, e)
print(divmod(5.0, inf), divmod(-5.0, inf))
try:
    print(divmod(inf, 2.0))
except Exception as e:
    print(type(e).__name__, e)
print(abs(-inf), abs(nan), -nan, +inf, inf.is_integer(), nan.is_integer())
print(float("INF"), float("-Infinity"), float("+nan"), float("-NaN"), float(" inf "), float("iNfInItY"))
for bad in ["infinit", "nana", "in f", "--inf"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.copysign(1.0, -nan) if False else "n/a")
print(repr(inf), repr(-inf), str(nan), f"{inf}", f"{nan:f}", f"{-inf:e}", f"{inf:10.2f}|")
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print(round(2.5), math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7))
try:
    math.floor(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.floor(nan)
except ValueError as e:
    print(type(e).__name__, e)
