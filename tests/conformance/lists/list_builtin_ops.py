# Builtins over lists: len/sum/min/max/sorted/reversed/any/all/enumerate/zip/map/filter/list().
nums = [4, -2, 7.5, 0, 3, 2 ** 64]
print(len(nums), sum(nums), min(nums), max(nums), sorted(nums), list(reversed(nums)))
print(sum([0.1] * 10), sum([[1], [2, 3]], []), sum([], 5), sum([1, 2], 0.5))
print(any(nums), all(nums), any([]), all([]), list(enumerate(nums[:3])), list(zip(nums, "abc")))
print(list(map(abs, nums)), list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda v: v > 0, nums)))
print(max([], default="empty"), min([3, 1], key=lambda v: -v), max(["aa", "b", "ccc"], key=len))
print([x for x in nums if isinstance(x, int)], nums.index(7.5), 7.5 in nums, nums.count(0))
words = "the cat sat on the mat with the hat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b2, a2 = stack.pop(), stack.pop()
        stack.append({"+": a2 + b2, "-": a2 - b2, "*": a2 * b2}[tok])
print(stack)
queue = [1, 2, 3]
queue.insert(0, 0)
print(queue.pop(0), queue.pop(0), queue)
print(list(range(5))[::-1] == list(reversed(range(5))), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
