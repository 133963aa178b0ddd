# A UTF-8 byte order mark precedes this comment.
x = "é"
y = 1
