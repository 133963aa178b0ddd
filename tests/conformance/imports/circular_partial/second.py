print("second: start")
from first import thing
def helper():
    return "helper"
