settings = {"debug": False}
def get(key):
    return settings.get(key, extra.get(key) if "extra" in globals() else None)
