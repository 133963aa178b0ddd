# stdin: Alice\n42\n3.5 7\n\nlast line without newline
# input() reading lines from stdin, prompts go to stdout, EOFError at end.
name = input("name? ")
print("hello", name)
age = int(input("age? "))
print("next year", age + 1)
a, b = map(float, input().split())
print("sum", a + b)
empty = input()
print("empty:", repr(empty))
last = input("> ")
print("last:", repr(last))
try:
    input("more? ")
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
