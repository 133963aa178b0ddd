print("cyc.one: start")
from cyc.two import helper
def thing():
    return "thing"
