# A small program combining classes, properties, class attributes and custom exceptions.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount}: balance {account.balance}')
        self.shortfall = amount - account.balance

class Account:
    _next_id = 1
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def month_end(self):
        gained = round(self._balance * self.interest)
        self._balance += gained
        return gained
    def __repr__(self):
        return f'{type(self).__name__}(#{self.id} {self.owner}: {self._balance})'

class Savings(Account):
    interest = 0.02
class Checking(Account):
    fee = 1
    def withdraw(self, amount):
        return super().withdraw(amount + self.fee)

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, kind, owner, initial=0):
        acct = kind(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
a = bank.open(Savings, 'ann', 1000)
b = bank.open(Checking, 'bob', 50)
print(a, b, bank.total())
bank.transfer(1, 2, 200)
print(a, b)
for src, dst, amt in [(2, 1, 300), (2, 1, 249), (1, 2, 0)]:
    try:
        bank.transfer(src, dst, amt)
        print('ok', a, b)
    except InsufficientFunds as e:
        print('InsufficientFunds:', e, '| short by', e.shortfall)
    except ValueError as e:
        print('ValueError:', e, '| but withdraw already happened:', a)
print([acct.month_end() for acct in bank.accounts.values()], bank.total())
print(a.history, b.history)
try:
    a.balance = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(bank.accounts.values(), key=lambda acct: acct.balance))
