# Private name mangling (__name -> _Class__name).
class Account:
    __rate = 0.05
    def __init__(self, balance):
        self.__balance = balance
        self._protected = 'single underscore'
        self.__dunder__ = 'not mangled'
    def balance(self):
        return self.__balance
    def rate(self):
        return Account.__rate
    def peek(self, other):
        return other.__balance

a = Account(100)
print(a.balance(), a.rate(), a._protected, a.__dunder__)
print(sorted(vars(a)))
print(a._Account__balance, Account._Account__rate)
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(a.peek(Account(7)))
print(getattr(a, '_Account__balance'), hasattr(a, '__balance'))

class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = 'separate'
    def both(self):
        return self.__balance, self._Account__balance
s = Savings(50)
print(s.both(), sorted(vars(s)))

class _Leading:
    def __init__(self):
        self.__x = 1
print(sorted(vars(_Leading())))
class __Dunders:
    def __init__(self):
        self.__y = 2
print(sorted(vars(__Dunders())))
class ___:
    def __init__(self):
        self.__z = 3
print(sorted(vars(___())))

class Outer:
    class Inner:
        def __init__(self):
            self.__i = 'inner'
    def make(self):
        return self.Inner()
    def __private_method(self):
        return 'private method'
    def call(self):
        return self.__private_method()
print(sorted(vars(Outer().make())), Outer().call(), hasattr(Outer, '_Outer__private_method'))

class Mangles:
    def names(self):
        __local = 'locals are mangled too'
        return [n for n in dir() if 'local' in n], __local
    def via_global(self):
        global __g
        __g = 'global mangled'
        return __g
print(Mangles().names())
print(Mangles().via_global(), '_Mangles__g' in globals())
class Mangle2:
    __slots__ = ('__s',)
print(Mangle2.__slots__, [k for k in vars(Mangle2) if 's' in k and k.startswith('_M')])
print(getattr(Account, '__rate', 'not found by plain name'))
