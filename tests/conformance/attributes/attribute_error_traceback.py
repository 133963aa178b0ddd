# check: stderr
# An uncaught AttributeError with a suggestion in the traceback; str(e) has none.
class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 30
    def reload(self):
        return 'reloaded'

c = Config()
def t(fn):
    try:
        fn()
    except AttributeError as e:
        print(type(e).__name__, '|', e, '|', e.name, e.obj is c)

t(lambda: c.verbos)
t(lambda: c.relod())
t(lambda: c.zzzzzzzzz)
t(lambda: Config.timeout)
print(c.timeout, c.reload())

def use(cfg):
    return cfg.timeot * 2

use(c)
