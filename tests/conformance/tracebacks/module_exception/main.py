# check: stderr
# Exceptions defined in a package module are printed with their module-qualified name.
from app import config
from app.errors import AppError, ConfigError
print(config.load({}))
print(config.load({"port": "443", "host": "example.org"}))
for raw in ["0", "http"]:
    try:
        config.load({"port": raw})
    except AppError as e:
        print(type(e).__name__, type(e).__module__, "|", e, "|", e.key, e.args)
        print("  cause:", repr(e.__cause__))
print(ConfigError.__qualname__, ConfigError.__mro__[1].__module__)
print(AppError.__doc__)
class LocalError(ConfigError):
    pass
try:
    raise LocalError("k", "local")
except AppError as e:
    print(type(e).__module__, e)
multi = ValueError("first line\nsecond line")
try:
    raise multi
except ValueError as e:
    print(str(e).splitlines())
config.load({"port": "eighty"})
