class C:
    """Doc."""
    attr = 1

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

class D(C, metaclass=type):
    pass
