import config
def read(key):
    return config.get(key)
