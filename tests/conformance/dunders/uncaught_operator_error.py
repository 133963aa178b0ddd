# check: stderr
# An uncaught TypeError from an operator between user classes, with its traceback.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __repr__(self):
        return f'Money({self.cents})'

class Coupon:
    pass

total = Money(100) + Money(250)
print(total)
try:
    Money(1) + 1
except TypeError as e:
    print('caught:', e)

def checkout(items):
    result = Money(0)
    for item in items:
        result = result + item
    return result

print(checkout([Money(5), Money(6)]))
checkout([Money(1), Coupon()])
