# sys as the standard library reads it: struct sequences, info records, functions.
import sys

print(sys.version_info[:2], sys.version_info >= (3, 14), sys.version_info.major, sys.version_info.releaselevel)
print(isinstance(sys.version_info, tuple), type(sys.version_info).__name__, len(sys.version_info))
print(type(sys.flags).__name__, isinstance(sys.flags, tuple), len(sys.flags), type(sys.flags).n_fields)
print(sys.flags.__match_args__ if hasattr(sys.flags, '__match_args__') else None)
print(sys.float_info)
print(sys.hash_info)
print(sys.int_info)
print(sys.float_info.max, sys.float_info[0], sys.float_info.epsilon)
print(sys.maxsize, sys.maxunicode, sys.byteorder)
print(type(sys.implementation).__name__, type(sys.implementation.name).__name__, sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(type(sys.thread_info).__name__, len(sys.thread_info))
print(isinstance(sys.path, list), isinstance(sys.modules, dict), isinstance(sys.meta_path, list), isinstance(sys.path_hooks, list), isinstance(sys.path_importer_cache, dict))
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names, 'os' in sys.stdlib_module_names, type(sys.stdlib_module_names).__name__)
print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix, sys.platlibdir)
print(sys.is_finalizing(), sys.getrecursionlimit() > 100)
print(sys.gettrace(), sys.getprofile())
sys.settrace(None)
sys.setprofile(None)
print(sys.audit("protopy.test", 1), sys.addaudithook(lambda *a: None))
print(sys.getsizeof(1, 99) > 0, sys.getrefcount(object()) > 0)
print(sys._getframe().f_code.co_name, sys._getframemodulename())


def f():
    return sys._getframe(1).f_code.co_name, sys._getframemodulename(0), sys._getframemodulename(1)


print(f())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
print(sys.exc_info())
print(sys.dont_write_bytecode in (True, False), sys.pycache_prefix)
print(sys.version_info.__class__.__module__, repr(sys.version_info)[:30])
ns = type(sys.implementation)(a=1, b="x")
print(ns, ns.a, ns == type(sys.implementation)(b="x", a=1))
print(sys.float_repr_style, sys.abiflags == "" or isinstance(sys.abiflags, str))
