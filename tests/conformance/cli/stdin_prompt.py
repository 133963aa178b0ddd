# stdin: yes\n\n  spaced  \n
# input(prompt) writes the prompt to stdout (no newline) before reading.
answer = input("Continue? ")
print("answer was", repr(answer))
empty = input("Empty line> ")
print("empty:", repr(empty), len(empty))
spaced = input()
print("kept spaces:", repr(spaced), repr(spaced.strip()))
try:
    input("At EOF> ")
except EOFError:
    print("EOFError after the prompt")
print(repr(input.__name__))
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
class P:
    def __str__(self):
        return "custom prompt: "
try:
    input(P())
except EOFError:
    print("prompt object converted with str()")
print("done")
for ch in answer:
    print(ord(ch), end=" ")
print()
print(answer == "yes", answer in ("y", "yes"))
