print("cyc.two: start")
from cyc.one import thing
def helper():
    return "helper"
