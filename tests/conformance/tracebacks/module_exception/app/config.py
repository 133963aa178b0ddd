from .errors import ConfigError
DEFAULTS = {"port": "8080", "host": "localhost"}
def parse_port(raw):
    try:
        port = int(raw)
    except ValueError as e:
        raise ConfigError("port", f"not a number: {raw!r}") from e
    if not 0 < port < 65536:
        raise ConfigError("port", f"out of range: {port}")
    return port
def load(overrides):
    merged = dict(DEFAULTS)
    merged.update(overrides)
    return {"host": merged["host"], "port": parse_port(merged["port"])}
