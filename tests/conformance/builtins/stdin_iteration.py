# stdin: 3\n10 20 30\nfoo bar\nbaz\n
# Reading stdin through sys.stdin: readline, iteration, read of the rest.
import sys
n = int(sys.stdin.readline())
nums = list(map(int, sys.stdin.readline().split()))
print(n, nums, sum(nums))
rest = []
for line in sys.stdin:
    rest.append(line.rstrip("\n"))
print(rest)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
print(sys.stdin.closed if hasattr(sys.stdin, "closed") else "n/a", sys.stdin.readable() if hasattr(sys.stdin, "readable") else "n/a")
words = []
for line in rest:
    words.extend(line.split())
print(words, len(words), sorted(words))
total = 0
for v in nums:
    total += v * n
print(total, max(nums) - min(nums), [x // 10 for x in nums])
print(repr(sys.stdin.readline()), sys.stdin.readlines())
print(input.__name__, callable(sys.stdin.readline))
