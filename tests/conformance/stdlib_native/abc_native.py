# _abc through a metaclass written as abc.py does (abstract method sets, register, instance and
# subclass checks with caches, __subclasshook__, _get_dump, cache token), plus the
# __isabstractmethod__ of property, staticmethod and classmethod.
import _abc
from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck,
                  _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)


class ABC(metaclass=ABCMeta):
    pass


print(sorted(n for n in dir(_abc) if not n.startswith('__')), type(get_cache_token()).__name__)


class Base(ABC):
    @abstractmethod
    def m(self):
        pass

    @property
    @abstractmethod
    def p(self):
        pass

    @staticmethod
    @abstractmethod
    def s():
        pass

    @classmethod
    @abstractmethod
    def c(cls):
        pass


class Half(Base):
    def m(self):
        return 1

    @staticmethod
    def s():
        return 2


class Impl(Half):
    p = 2

    @classmethod
    def c(cls):
        return 3


print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Impl.__abstractmethods__), type(Base.__abstractmethods__).__name__)
print(property(abstractmethod(lambda s: 0)).__isabstractmethod__, property().__isabstractmethod__, property(None, abstractmethod(lambda s, v: 0)).__isabstractmethod__)
print(isinstance(Impl(), Base), issubclass(Impl, Base), issubclass(int, Base), isinstance(1, Base), issubclass(Base, Base))


class Reg:
    pass


token = get_cache_token()
print(Base.register(Reg) is Reg, get_cache_token() == token + 1, issubclass(Reg, Base), isinstance(Reg(), Base), issubclass(Reg, Half))
print(Base.register(Impl) is Impl, get_cache_token() == token + 1)
t(lambda: Base.register(1))
t(lambda: Impl.register(Base))
t(lambda: issubclass(1, Base))


class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented


class Duck:
    quack = 1


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


class NeverChild(Never):
    pass


print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook), issubclass(NeverChild, Never), isinstance(NeverChild(), Never))
t(lambda: issubclass(int, Bad))


class SubOfHook(Hook):
    pass


print(issubclass(Duck, SubOfHook), issubclass(SubOfHook, Hook))
SubOfHook.register(float)
print(issubclass(float, Hook), isinstance(1.5, Hook), issubclass(float, SubOfHook))
reg, cache, negative, version = _get_dump(Base)
print(sorted(r().__name__ for r in reg), sorted(r().__name__ for r in cache), sorted(r().__name__ for r in negative), type(version).__name__)
_reset_registry(Base)
print(_get_dump(Base)[0], issubclass(Reg, Base))
_reset_caches(Base)
print(len(_get_dump(Base)[1]), issubclass(Reg, Base))


class Inst:
    @property
    def __class__(self):
        return Duck


print(isinstance(Inst(), Hook), isinstance(Inst(), Base))


class Flags(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 5


print('__abc_tpflags__' in Flags.__dict__)
t(lambda: _abc_init(1))
t(lambda: _abc_subclasscheck(int, int))
