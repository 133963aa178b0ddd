# name: spectral_norm
# tags: numeric, float, calls
# size: n = 220, 10 power iterations
# description: Spectral norm of an infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1) (nested loops, calls, floats).
# result: the norm to 9 decimals


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum(eval_a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v, n):
    return [sum(eval_a(j, i) * v[j] for j in range(n)) for i in range(n)]


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main():
    n = 220
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    print(f"spectral_norm {n}: {(vbv / vv) ** 0.5:.9f}")


main()
