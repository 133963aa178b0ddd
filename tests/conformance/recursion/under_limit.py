# Recursion that stays under the limit succeeds, including after raising the limit.
import sys
limit = sys.getrecursionlimit()
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(limit - 100) == limit - 100)
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)
print(sum_to(800))
def nested_list(n):
    return [] if n == 0 else [nested_list(n - 1)]
x = nested_list(300)
d = 0
while x:
    x = x[0]
    d += 1
print("nesting depth", d)
sys.setrecursionlimit(5000)
print(down(4500))
print(sum_to(4000))
sys.setrecursionlimit(limit)
def tree_sum(t):
    return t if isinstance(t, int) else sum(tree_sum(s) for s in t)
tree = 1
for i in range(100):
    tree = [tree, i]
print(tree_sum(tree))
def count_paths(r, c, memo={}):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in memo:
        memo[key] = count_paths(r - 1, c) + count_paths(r, c - 1)
    return memo[key]
print(count_paths(16, 16))
print(count_paths(200, 1))
