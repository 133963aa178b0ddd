# check: stderr
# A traceback through methods, a classmethod, a staticmethod, a property and lambdas.
class Account:
    rate = 0.5
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    @classmethod
    def open(cls, owner):
        return cls(owner, 0)
    @staticmethod
    def fee(amount):
        return amount // 10
    @property
    def ratio(self):
        return self.balance / self.fee(self.balance)
    def apply(self, funcs):
        return [f(self) for f in funcs]
acct = Account("ann", 200)
print(acct.ratio, Account.fee(55))
fresh = Account.open("bob")
print(fresh.owner, fresh.balance)
double = lambda a: a.balance * 2
print(acct.apply([double, lambda a: a.owner.upper()]))
print(fresh.apply([double]))
print(fresh.apply([double, lambda a: a.ratio]))
