# A declarative model: descriptors with __set_name__, validation, defaults, and a metaclass-free registry.
class Field:
    creation_order = 0
    def __init__(self, kind, *, default=None, check=None):
        self.kind, self.default, self.check = kind, default, check
        Field.creation_order += 1
        self.order = Field.creation_order
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{type(obj).__name__}.{self.name}: expected {self.kind.__name__}, got {type(value).__name__}')
        if self.check and not self.check(value):
            raise ValueError(f'{type(obj).__name__}.{self.name}: {value!r} rejected')
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        obj.__dict__.pop(self.name, None)

class Model:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        fields = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, Field):
                    fields[name] = value
        cls._fields = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
    def __init__(self, **values):
        for name in self._fields:
            if name in values:
                setattr(self, name, values.pop(name))
        if values:
            raise TypeError(f'unknown fields: {sorted(values)}')
    def __repr__(self):
        parts = ', '.join(f'{n}={getattr(self, n)!r}' for n in self._fields)
        return f'{type(self).__name__}({parts})'

class Item(Model):
    name = Field(str, default='')
    price = Field(int, default=0, check=lambda v: v >= 0)

class Book(Item):
    author = Field(str, default='anon')
    pages = Field(int, check=lambda v: v > 0)

print(list(Item._fields), list(Book._fields))
b = Book(name='Python', price=30, pages=500)
print(b)
for kwargs in ({'price': -1}, {'pages': 0}, {'name': 5}, {'isbn': 1}, {'pages': 10, 'author': 'X'}):
    try:
        print(Book(**kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del b.price
print(b.price, b)
print(type(Book.pages).__name__, Book.pages.name, Book.price.default)
b.__dict__['pages'] = 'raw'
print(b.pages)
