# args: alpha beta --count=3 -v 42 ünïcode
# sys.argv holds the script name then the arguments, all as str.
import sys
print(len(sys.argv))
print(sys.argv[0])
print(sys.argv[1:])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg), type(arg).__name__, arg.isdigit(), len(arg))
print(sys.argv[-1].upper())
args = sys.argv[1:]
flags = [a for a in args if a.startswith("-")]
positional = [a for a in args if not a.startswith("-")]
print("flags:", flags)
print("positional:", positional)
options = {}
for f in flags:
    name, _, value = f.lstrip("-").partition("=")
    options[name] = value or True
print(options)
print(sum(int(a) for a in args if a.isdigit()))
sys.argv.append("appended")
print(sys.argv[-1], len(sys.argv))
print(type(sys.argv).__name__)
