"""importlib.machinery for ProtoPython: the file suffixes and ModuleSpec.

The native importlib module (src/Runtime/Modules/ImportlibModule.cs) is a package whose
__path__ is this folder. Finders and loaders are not here: ProtoPython's import system is
written in C# (docs/design/import-system.md) and consults no meta path.
"""

SOURCE_SUFFIXES = ['.py']
# ProtoPython caches compiled modules in files of its own format (NAME.protopy-314.pyc).
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
# No extension modules can be loaded.
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The specification for a module, used for loading."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            parts.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            parts.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(parts)})'

    def __eq__(self, other):
        try:
            return (self.name == other.name
                    and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)
