print("first: start")
from second import helper
def thing():
    return "thing"
print("first: end")
