"""importlib.util for ProtoPython: name resolution and find_spec for imported modules.

See importlib/machinery.py in this folder for why finders are not here.
"""

import sys
from importlib.machinery import ModuleSpec


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def find_spec(name, package=None):
    """Return the spec of a module, importing its parent package if needed.

    Unlike CPython's, this finds a module that is not imported yet by importing it: ProtoPython's
    import system has no finders to ask without loading.
    """
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent = fullname.rpartition('.')[0]
        if parent:
            parent_module = __import__(parent, fromlist=['__path__'])
            try:
                parent_module.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        try:
            __import__(fullname)
        except ModuleNotFoundError as e:
            if e.name == fullname:
                return None
            raise
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f'{fullname}.__spec__ is not set') from None
    if spec is None:
        raise ValueError(f'{fullname}.__spec__ is None')
    return spec
