# check: stderr
# An error raised while a class body executes, and one in __init_subclass__.
class Registry:
    items = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if key in Registry.items:
            raise ValueError(f"duplicate key {key!r} for {cls.__name__}")
        Registry.items[key] = cls.__name__
class A(Registry, key="a"):
    pass
class B(Registry, key="b"):
    pass
print(sorted(Registry.items.items()))
try:
    class C(Registry, key="a"):
        pass
except ValueError as e:
    print("caught:", e)
def make_settings(values):
    class Settings:
        size = values["size"]
        area = size * size
        label = values["label"].upper()
    return Settings
S = make_settings({"size": 3, "label": "ok"})
print(S.size, S.area, S.label)
make_settings({"size": 2})
