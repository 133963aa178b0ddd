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
