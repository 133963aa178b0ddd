# check: stderr
# SystemExit with a non-int, non-None code prints it to stderr, status 1.
class Code:
    def __str__(self):
        return "custom exit object"
codes = [0, 4, None, "text", Code()]
for code in codes:
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print(repr(e.code) if not isinstance(e.code, Code) else "Code()", type(e.code).__name__)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args code:", e.code)
def main():
    print("exiting with an object")
    raise SystemExit(Code())
try:
    main()
finally:
    print("finally before exit")
