print("hello, world")
print(1 + 2, 7 // 2, -7 // 2, 2 ** 100, 1 / 3)
