# dataclass(slots=True) builds a new class (sys._clear_type_descriptors on the old one).
import dataclasses
import sys


@dataclasses.dataclass(slots=True)
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), Point.__slots__)
print(hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)


@dataclasses.dataclass(slots=True, frozen=True)
class Frozen:
    a: str


f = Frozen("q")
try:
    f.a = "r"
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(f, hash(f) == hash(Frozen("q")))


class Plain:
    pass


print("__dict__" in Plain.__dict__)
sys._clear_type_descriptors(Plain)
print("__dict__" in Plain.__dict__, "__weakref__" in Plain.__dict__)
try:
    sys._clear_type_descriptors(int)
except TypeError as e:
    print("TypeError", e)
