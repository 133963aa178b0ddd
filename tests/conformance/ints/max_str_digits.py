# sys.set_int_max_str_digits / the int <-> str conversion length limit and its messages.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), len(repr(10 ** 4299)))
print(int("7" * 4300) % 1000)
try:
    int("7" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)), len(bin(2 ** 20000)))
print(int("f" * 5000, 16) % 97)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
print(len(str(10 ** 639)))
try:
    print(str(10 ** 640))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("5" * 641)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%d" % (10 ** 700)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{10 ** 700}"
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 5000)))
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(int("-" + "1" * 4300) % 7)
