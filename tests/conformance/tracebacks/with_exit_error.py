# check: stderr
# An exception raised by __exit__ while another propagates: both appear, chained.
class Transaction:
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit
    def __enter__(self):
        print("begin", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("end", self.name, exc_type.__name__ if exc_type else "ok")
        if self.fail_on_exit:
            raise OSError(f"rollback of {self.name} failed")
        return False
with Transaction("t1"):
    print("work 1")
try:
    with Transaction("t2", fail_on_exit=True):
        print("work 2")
except OSError as e:
    print("caught:", e, e.__context__)
def transfer(amount):
    with Transaction("t3", fail_on_exit=True):
        if amount > 100:
            raise ValueError(f"amount too large: {amount}")
        return amount
try:
    transfer(5)
except OSError as e:
    print("caught again:", e)
transfer(500)
