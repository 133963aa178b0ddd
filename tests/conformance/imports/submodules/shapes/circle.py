import math
print("shapes.circle loaded")
def area(r):
    return round(math.pi * r * r, 2)
