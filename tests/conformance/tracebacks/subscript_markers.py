# check: stderr
# KeyError raised by a nested subscript: the markers point at the failing subscript.
config = {"server": {"host": "h", "port": 80}, "client": {}}
def lookup(cfg, section, key):
    print("looking up", section, key)
    return cfg[section][key]
print(lookup(config, "server", "host"))
print(lookup(config, "server", "port"))
for section, key in [("server", "port"), ("nope", "x"), ("client", "x")]:
    try:
        print(section, key, config[section][key])
    except KeyError as e:
        print(section, key, "KeyError", e)
try:
    config["server"]["host"][10]
except IndexError as e:
    print(type(e).__name__, e)
matrix = [[1, 2], [3, 4]]
print(matrix[1][0], matrix[-1][-1])
value = lookup(config, "client", "timeout")
