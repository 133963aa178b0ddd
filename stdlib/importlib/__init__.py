"""importlib for ProtoPython: CPython's importlib on top of the C# import system.

ProtoPython imports modules in C# (src/Runtime/Import; docs/design/import-system.md). This
package's __path__ also covers CPython's own importlib folder (after this one), so its
submodules (_bootstrap, _bootstrap_external, machinery, util, abc, resources, metadata...) are
CPython's. This file sets them up the way CPython's importlib/__init__.py does when they are not
frozen, installs their finders on sys.meta_path and sys.path_hooks as CPython's start-up does,
and joins them to the C# path through _imp._protopy_install:

- modules imported from now on get importlib's ModuleSpec and loader (SourceFileLoader,
  BuiltinImporter, NamespaceLoader); modules imported before get them here;
- BuiltinImporter, FrozenImporter and PathFinder are what the C# path itself does, so it does not
  call them; other finders on sys.meta_path are asked in their place in the list;
- SourceFileLoader.get_code reads and writes our compiled-module cache.
"""
__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

import _imp
import builtins as _builtins
import sys


def _cpython_portion():
    """CPython's importlib folder: the first other importlib folder on sys.path with _bootstrap.py."""
    import posix
    here = __path__[0]
    for entry in sys.path:
        if not isinstance(entry, str) or not entry:
            continue
        candidate = entry.rstrip('/') + '/importlib'
        if candidate == here:
            continue
        try:
            posix.stat(candidate + '/_bootstrap.py')
        except OSError:
            continue
        return candidate
    raise ImportError("importlib needs CPython's standard library "
                      "(pass --stdlib DIR or set PROTOPY_STDLIB)", name='importlib')


if len(__path__) == 1:
    __path__.append(_cpython_portion())

from . import _bootstrap
from . import _bootstrap_external

if _bootstrap.BuiltinImporter not in sys.meta_path:
    _bootstrap._install(sys, _imp)
    _bootstrap_external._install(_bootstrap)
_bootstrap._bootstrap_external = _bootstrap_external

# To simplify imports in test code
_pack_uint32 = _bootstrap_external._pack_uint32
_unpack_uint32 = _bootstrap_external._unpack_uint32


# Joining the C# import path ##########################################

_ModuleSpec = _bootstrap.ModuleSpec
_SourceFileLoader = _bootstrap_external.SourceFileLoader
_FileLoader = _bootstrap_external.FileLoader
_sourceloader_get_code = _bootstrap_external.SourceLoader.get_code


def _spec_for(name, origin, package_dir):
    """The spec of a module the C# path found: origin is 'built-in', a file, or None (namespace)."""
    if origin == 'built-in':
        return _ModuleSpec(name, _bootstrap.BuiltinImporter, origin=origin)
    if origin is None:
        loader = _bootstrap_external.NamespaceLoader(
            name, [package_dir], _bootstrap_external.PathFinder._get_spec)
        spec = _ModuleSpec(name, loader, is_package=True)
        spec.submodule_search_locations = [package_dir]
        return spec
    spec = _ModuleSpec(name, _SourceFileLoader(name, origin), origin=origin,
                       is_package=package_dir is not None)
    spec.has_location = True
    if package_dir is not None:
        spec.submodule_search_locations = [package_dir]
    return spec


def _get_code(self, fullname):
    """SourceFileLoader.get_code through ProtoPython's compiled-module cache.

    The cache's files are not CPython's .pyc format (docs/design/import-system.md); a subclass
    that reads its source or stats some other way keeps SourceLoader's own get_code.
    """
    cls = type(self)
    if (cls.get_data is _FileLoader.get_data and cls.path_stats is _SourceFileLoader.path_stats
            and cls.source_to_code is _bootstrap_external.SourceLoader.source_to_code):
        return _imp._protopy_source_code(self.get_filename(fullname))
    return _sourceloader_get_code(self, fullname)


def _header_only_pyc(code, *args):
    """What py_compile and compileall write: CPython's .pyc header and no code.

    ProtoPython's code objects cannot be marshalled (marshal.dumps(code) is a ValueError) and its
    cache files have a format of their own, which it rebuilds from the source when it finds
    anything else in their place; so these files record only that the source compiled.
    """
    return bytearray(_bootstrap_external.MAGIC_NUMBER) + bytearray(12)


if _SourceFileLoader.get_code is not _get_code:
    _SourceFileLoader.get_code = _get_code
    _bootstrap_external._code_to_timestamp_pyc = _header_only_pyc
    _bootstrap_external._code_to_hash_pyc = _header_only_pyc


def _adopt_imported_modules():
    """Gives the modules imported before importlib the specs and loaders they would get now."""
    for name, module in list(sys.modules.items()):
        spec = getattr(module, '__spec__', None)
        if spec is None or isinstance(spec, _ModuleSpec) or getattr(spec, '_initializing', False):
            continue
        origin = getattr(module, '__file__', None)
        locations = getattr(spec, 'submodule_search_locations', None)
        if origin is None and not locations:
            continue
        new = _spec_for(name, origin, locations[0] if locations else None)
        if origin is None:
            new.submodule_search_locations = locations
        module.__spec__ = new
        module.__loader__ = new.loader
        if origin is not None:
            module.__cached__ = new.cached


_imp._protopy_install(_spec_for, (_bootstrap.BuiltinImporter, _bootstrap.FrozenImporter,
                                  _bootstrap_external.PathFinder))
_adopt_imported_modules()


# Public API #########################################################

from ._bootstrap import __import__


def invalidate_caches():
    """Call the invalidate_caches() method on all meta path finders stored in
    sys.meta_path (where implemented)."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.

    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        level = len(name) - len(name.lstrip('.'))
    name = name[level:]
    _bootstrap._sanity_check(name, package, level)
    if level > 0:
        name = _bootstrap._resolve_name(name, package, level)
    # The C# path (builtins.__import__) rather than _bootstrap._gcd_import: one import system.
    _builtins.__import__(name)
    return sys.modules[name]


_RELOADING = {}


def reload(module):
    """Reload the module and return it.

    The module must have been successfully imported before.

    """
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None

    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in sys.modules",
                                  name=parent_name) from None
            else:
                pkgpath = parent.__path__
        else:
            pkgpath = None
        spec = module.__spec__ = _bootstrap._find_spec(name, pkgpath, module)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        _bootstrap._exec(spec, module)
        # The module may have replaced itself in sys.modules!
        return sys.modules[name]
    finally:
        _RELOADING.pop(name, None)
