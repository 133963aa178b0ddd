# check: stderr
# Tab-indented source: the line is dedented and the markers follow the remaining text.
def outer():
	if True:
		value = 5 // (1 - 1)
	return value


print("go")
outer()
