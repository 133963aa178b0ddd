# check: stderr
# "The above exception was the direct cause of the following exception:"
class ConfigError(Exception):
    pass
def load(settings, key):
    try:
        return settings[key]
    except KeyError as err:
        raise ConfigError(f"missing setting {key!r}") from err
print(load({"a": 1}, "a"))
def try_load(settings, key):
    try:
        return load(settings, key)
    except Exception as e:
        return (type(e).__name__, str(e), type(e.__cause__).__name__, e.__suppress_context__)
print(try_load({"a": 1}, "a"))
print(try_load({}, "zz"))
print(try_load({"b": 2}, "b"))
print(issubclass(ConfigError, Exception), ConfigError.__mro__[1].__name__)
load({"a": 1}, "b")
