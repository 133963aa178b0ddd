# Tabs in indentation (consistent) and mixed with spaces where the tokenizer allows.
if x:
	y = 1
	if y:
		z = 2
	else:
		z = 3
def f(a,
	b):
	return (a +
			b)
class C:
	def m(self):
		pass

	x = 1
if a:
        b = 1
        if c:
        	d = 2
x = 1	# tab before comment
y	=	2
