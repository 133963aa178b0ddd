# name: fannkuch
# tags: numeric, lists
# size: n = 8 (all 40320 permutations)
# description: Fannkuch-redux: pancake flips over every permutation (list slicing and reversal).
# result: the permutation checksum and the maximum number of flips


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutation % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation += 1


N = 8
checksum, flips = fannkuch(N)
print(f"fannkuch {N}: checksum {checksum}, max flips {flips}")
