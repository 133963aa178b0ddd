# super() proxies for attribute reads; writes and deletes go elsewhere.
class Base:
    label = 'Base.label'
    @property
    def prop(self):
        return 'Base.prop'
    @prop.setter
    def prop(self, v):
        print('Base.prop setter', v)
    def __getattr__(self, name):
        return 'Base.__getattr__ ' + name

class Child(Base):
    label = 'Child.label'
    @property
    def prop(self):
        return 'Child.prop + ' + super().prop
    def show(self):
        return [super().label, self.label, super().prop, self.prop]
    def try_set(self):
        try:
            super().label = 'x'
        except AttributeError as e:
            return type(e).__name__ + ': ' + str(e)
    def try_del(self):
        try:
            del super().label
        except AttributeError as e:
            return type(e).__name__ + ': ' + str(e)
    def super_missing(self):
        try:
            return super().missing
        except AttributeError as e:
            return type(e).__name__ + ': ' + str(e)
    def setter_via_base(self):
        Base.prop.fset(self, 'value')
        return 'done'

c = Child()
print(c.show())
print(c.try_set())
print(c.try_del())
print(c.super_missing())
print(c.missing)
print(c.setter_via_base())
try:
    c.prop = 1
except AttributeError as e:
    print(type(e).__name__, e)

class A:
    def __init__(self):
        self.created_by = 'A'
class B(A):
    def __init__(self):
        super().__init__()
        self.super_obj_type = type(super()).__name__
        self.self_class = super().__self_class__.__name__
        self.dunder_class = super().__class__.__name__
b = B()
print(vars(b))
print(super(B, b).__init__.__self__ is b, super(B, b).__init__.__func__ is A.__init__)
print(repr(super(B, b)).startswith("<super: <class 'B'>, <B object>>"))
print(repr(super(B)), repr(super(B, B)))
print(hasattr(super(B, b), 'created_by'), hasattr(super(B, b), '__init__'))
