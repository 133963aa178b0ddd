print("alpha: start")
import beta
ALPHA = "alpha constant"
def use_beta():
    return "alpha calls " + beta.from_beta()
def from_alpha():
    return "from alpha"
print("alpha: end")
