class A:
    def f(self):
        return super().f()

    def g(self):
        return super(A, self).g

    def h(self):
        super().x = 1

    @staticmethod
    def s():
        return 0
