class Base:
    def m(self):
        return 1

class Derived(Base):
    def m(self):
        return super().m() + 1

    def n(self):
        return __class__

    @classmethod
    def c(cls):
        return super().m
