# Comments and blank lines everywhere.


# leading comment

x = 1  # trailing comment


def f():  # comment after colon
    # comment in body

    pass  # after pass
    # comment at end of body

# comment between

class C:

    # comment before first statement
    x = 1


    # comment before method
    def m(self):
        pass



if x:
    pass
# dedent comment at column 0
    # comment at a deeper column
else:
    pass

   
	
y = [  # comment in brackets
    1,  # one
    # alone
    2,
]  # closing
#no space
#!not a shebang
# -*- not an encoding: utf-8 -*-
z = 3 # final
# last line comment without newline