# name: short
# tags: short, startup, warmup
# size: a mix (list sort, dict build, string join, small recursion) that CPython 3.14 finishes in about 50 ms
# description: A short program, where start-up and warm-up dominate: JITs that need long warm-up lose here.
# result: a checksum of the mix


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def main():
    data = [(i * 7919) % 10007 for i in range(20000)]
    data.sort()
    index = {v: i for i, v in enumerate(data)}
    text = ",".join(str(v) for v in data[:5000])
    return (sum(data[::97]) + len(index) + len(text) + tak(14, 8, 2)) % 1000003


print(f"short: {main()}")
