# __getattr__/__getattribute__ on a class affect instances; on the metaclass they affect the class.
class InstanceHooks:
    existing = 'exists'
    def __getattr__(self, name):
        return f'instance __getattr__({name})'

print(InstanceHooks().anything, InstanceHooks().existing)
try:
    InstanceHooks.anything
except AttributeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __getattr__(cls, name):
        return f'Meta.__getattr__({cls.__name__}, {name})'
class ClassHooks(metaclass=Meta):
    existing = 'exists'
print(ClassHooks.anything, ClassHooks.existing)
try:
    ClassHooks().anything
except AttributeError as e:
    print(type(e).__name__, e)

class StaticGetattr:
    @staticmethod
    def __getattr__(name):
        return 'static hook ' + name
print(StaticGetattr().xyz)

class ClassmethodGetattr:
    @classmethod
    def __getattr__(cls, name):
        return f'classmethod hook on {cls.__name__}: {name}'
print(ClassmethodGetattr().xyz)

class GetattrIsLambda:
    __getattr__ = lambda self, name: name[::-1]
print(GetattrIsLambda().olleh)

class NotCallable:
    __getattr__ = 'not callable'
try:
    NotCallable().x
except TypeError as e:
    print(type(e).__name__, e)

class ReturnsNone:
    def __getattr__(self, name):
        pass
print(ReturnsNone().anything, hasattr(ReturnsNone(), 'anything'))

class SetOnInstance:
    pass
obj = SetOnInstance()
obj.__getattr__ = lambda name: 'never used'
try:
    obj.missing
except AttributeError as e:
    print(type(e).__name__, e)

class MetaGetattribute(type):
    def __getattribute__(cls, name):
        if name.startswith('secret'):
            return 'meta intercept ' + name
        return super().__getattribute__(name)
class Guarded(metaclass=MetaGetattribute):
    secret_value = 'real'
print(Guarded.secret_value, Guarded().secret_value, Guarded.__name__)
