# stdin: Ada\n36\n3 1 4 1 5\nlast line without newline
# input() reads one line at a time without the newline; EOFError at the end.
name = input()
age = int(input())
numbers = [int(x) for x in input().split()]
print(f"name={name!r} age={age} next year {age + 1}")
print("numbers", numbers, "sum", sum(numbers), "sorted", sorted(numbers))
last = input()
print("last:", repr(last))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print("again:", type(e).__name__, e)
print(name.upper(), len(name), name[::-1])
words = last.split()
print(len(words), words[0], words[-1])
print(max(numbers), min(numbers), numbers.count(1))
counts = {}
for n in numbers:
    counts[n] = counts.get(n, 0) + 1
print(counts)
