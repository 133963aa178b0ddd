namespace ProtoPython.Cli;

/// <summary>
/// The texts of <c>-h</c>, <c>--help-env</c>, <c>--help-xoptions</c> and <c>--help-all</c>: CPython 3.14's
/// words (recorded in tests/cli/cases.json by tools/cli/record_cli.py), our program name in the usage
/// line, and a trailing block for ProtoPython's own <c>-X</c> options and variables (ARCHITECTURE §8).
/// </summary>
internal static class HelpText
{
    /// <summary>CPython's usage line with <paramref name="program"/> where CPython prints its argv[0].</summary>
    public static string UsageLine(string program) => $"usage: {program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

    /// <summary>The <c>-h</c> text: the usage line then CPython's option list.</summary>
    public static string Help(string program) => UsageLine(program) + Options;

    /// <summary>The <c>--help-all</c> text, laid out as CPython lays it out.</summary>
    public static string All(string program) => Help(program) + "\n" + Environment + "\n" + XOptions;

    /// <summary>CPython's option list (everything after its usage line).</summary>
    public const string Options = """
        Options (and corresponding environment variables):
        -b     : issue warnings about converting bytes/bytearray to str and comparing
                 bytes/bytearray with str or bytes with int. (-bb: issue errors)
        -B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
        -c cmd : program passed in as string (terminates option list)
        -d     : turn on parser debugging output (for experts only, only works on
                 debug builds); also PYTHONDEBUG=x
        -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
        -h     : print this help message and exit (also -? or --help)
        -i     : inspect interactively after running script; forces a prompt even
                 if stdin does not appear to be a terminal; also PYTHONINSPECT=x
        -I     : isolate Python from the user's environment (implies -E, -P and -s)
        -m mod : run library module as a script (terminates option list)
        -O     : remove assert and __debug__-dependent statements; add .opt-1 before
                 .pyc extension; also PYTHONOPTIMIZE=x
        -OO    : do -O changes and also discard docstrings; add .opt-2 before
                 .pyc extension
        -P     : don't prepend a potentially unsafe path to sys.path; also
                 PYTHONSAFEPATH
        -q     : don't print version and copyright messages on interactive startup
        -s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE=x
        -S     : don't imply 'import site' on initialization
        -u     : force the stdout and stderr streams to be unbuffered;
                 this option has no effect on stdin; also PYTHONUNBUFFERED=x
        -v     : verbose (trace import statements); also PYTHONVERBOSE=x
                 can be supplied multiple times to increase verbosity
        -V     : print the Python version number and exit (also --version)
                 when given twice, print more information about the build
        -W arg : warning control; arg is action:message:category:module:lineno
                 also PYTHONWARNINGS=arg
        -x     : skip first line of source, allowing use of non-Unix forms of #!cmd
        -X opt : set implementation-specific option
        --check-hash-based-pycs always|default|never:
                 control how Python invalidates hash-based .pyc files
        --help-env: print help about Python environment variables and exit
        --help-xoptions: print help about implementation-specific -X options and exit
        --help-all: print complete help information and exit

        Arguments:
        file   : program read from script file
        -      : program read from stdin (default; interactive mode if a tty)
        arg ...: arguments passed to program in sys.argv[1:]

        """;

    /// <summary>The <c>--help-env</c> text: CPython's, then ours.</summary>
    public const string Environment = CPythonEnvironment + OurEnvironment;

    /// <summary>The <c>--help-xoptions</c> text: CPython's, then ours.</summary>
    public const string XOptions = CPythonXOptions + OurXOptions;

    private const string CPythonEnvironment = """
        Environment variables that change behavior:
        PYTHONASYNCIODEBUG: enable asyncio debug mode
        PYTHON_BASIC_REPL: use the traditional parser-based REPL
        PYTHONBREAKPOINT: if this variable is set to 0, it disables the default
                          debugger.  It can be set to the callable of your debugger of
                          choice.
        PYTHONCASEOK    : ignore case in 'import' statements (Windows)
        PYTHONCOERCECLOCALE: if this variable is set to 0, it disables the locale
                          coercion behavior.  Use PYTHONCOERCECLOCALE=warn to request
                          display of locale coercion and locale compatibility warnings
                          on stderr.
        PYTHON_COLORS   : if this variable is set to 1, the interpreter will colorize
                          various kinds of output.  Setting it to 0 deactivates
                          this behavior.
        PYTHONHASHSEED  : if this variable is set to 'random', a random value is used
                          to seed the hashes of str and bytes objects.  It can also be
                          set to an integer in the range [0,4294967295] to get hash
                          values with a predictable seed.
        PYTHON_HISTORY  : the location of a .python_history file.
        PYTHONHOME      : alternate <prefix> directory (or <prefix>:<exec_prefix>).
                          The default module search path uses <prefix>/lib/pythonX.X.
        PYTHONIOENCODING: encoding[:errors] used for stdin/stdout/stderr
        PYTHONMALLOC    : set the Python memory allocators and/or install debug hooks
                          on Python memory allocators.  Use PYTHONMALLOC=debug to
                          install debug hooks.
        PYTHONMALLOCSTATS: print memory allocator statistics
        PYTHONPATH      : ':'-separated list of directories prefixed to the
                          default module search path.  The result is sys.path.
        PYTHONPLATLIBDIR: override sys.platlibdir
        PYTHONSTARTUP   : file executed on interactive startup (no default)
        PYTHONUSERBASE  : defines the user base directory (site.USER_BASE)

        These variables have equivalent command-line options (see --help for details):
        PYTHON_CONTEXT_AWARE_WARNINGS: if true (1), enable thread-safe warnings
                          module behaviour (-X context_aware_warnings)
        PYTHON_CPU_COUNT: override the return value of os.cpu_count() (-X cpu_count)
        PYTHONDEBUG     : enable parser debug mode (-d)
        PYTHONDEVMODE   : enable Python Development Mode (-X dev)
        PYTHONDONTWRITEBYTECODE: don't write .pyc files (-B)
        PYTHONFAULTHANDLER: dump the Python traceback on fatal errors (-X faulthandler)
        PYTHON_FROZEN_MODULES: whether to use frozen modules; the default is "on"
                          for installed Python and "off" for a local build
                          (-X frozen_modules)
        PYTHONINSPECT   : inspect interactively after running script (-i)
        PYTHONINTMAXSTRDIGITS: limit the size of int<->str conversions;
                          0 disables the limit (-X int_max_str_digits=N)
        PYTHONNODEBUGRANGES: don't include extra location information in code objects
                          (-X no_debug_ranges)
        PYTHONNOUSERSITE: disable user site directory (-s)
        PYTHONOPTIMIZE  : enable level 1 optimizations (-O)
        PYTHON_PERF_JIT_SUPPORT: enable Linux "perf" profiler support with JIT
                          (-X perf_jit)
        PYTHONPERFSUPPORT: support the Linux "perf" profiler (-X perf)
        PYTHONPROFILEIMPORTTIME: show how long each import takes (-X importtime)
        PYTHONPYCACHEPREFIX: root directory for bytecode cache (pyc) files
                          (-X pycache_prefix)
        PYTHONSAFEPATH  : don't prepend a potentially unsafe path to sys.path.
        PYTHON_THREAD_INHERIT_CONTEXT: if true (1), threads inherit context vars
                          (-X thread_inherit_context)
        PYTHONTRACEMALLOC: trace Python memory allocations (-X tracemalloc)
        PYTHONUNBUFFERED: disable stdout/stderr buffering (-u)
        PYTHONUTF8      : control the UTF-8 mode (-X utf8)
        PYTHONVERBOSE   : trace import statements (-v)
        PYTHONWARNDEFAULTENCODING: enable opt-in EncodingWarning for 'encoding=None'
                          (-X warn_default_encoding)
        PYTHONWARNINGS  : warning control (-W)

        """;

    private const string OurEnvironment = """

        ProtoPython-specific variables (recorded; they take effect when the interpreter exists):
        PYTHON_JIT      : 0 or 1 to turn the trace JIT off or on (-X jit)
        PROTOPY_STDLIB  : CPython 3.14's pure-Python library folder (--stdlib DIR);
                          detected from a python3.14 or python3.13 install when unset

        """;

    private const string CPythonXOptions = """
        The following implementation-specific options are available:
        -X context_aware_warnings=[0|1]: if true (1) then the warnings module will
                 use a context variables; if false (0) then the warnings module will
                 use module globals, which is not concurrent-safe; set to true for
                 free-threaded builds and false otherwise; also
                 PYTHON_CONTEXT_AWARE_WARNINGS
        -X cpu_count=N: override the return value of os.cpu_count();
                 -X cpu_count=default cancels overriding; also PYTHON_CPU_COUNT
        -X dev : enable Python Development Mode; also PYTHONDEVMODE
        -X disable-remote-debug: disable remote debugging; also PYTHON_DISABLE_REMOTE_DEBUG
        -X faulthandler: dump the Python traceback on fatal errors;
                 also PYTHONFAULTHANDLER
        -X frozen_modules=[on|off]: whether to use frozen modules; the default is "on"
                 for installed Python and "off" for a local build;
                 also PYTHON_FROZEN_MODULES
        -X importtime[=2]: show how long each import takes; use -X importtime=2 to
                 log imports of already-loaded modules; also PYTHONPROFILEIMPORTTIME
        -X int_max_str_digits=N: limit the size of int<->str conversions;
                 0 disables the limit; also PYTHONINTMAXSTRDIGITS
        -X no_debug_ranges: don't include extra location information in code objects;
                 also PYTHONNODEBUGRANGES
        -X perf: support the Linux "perf" profiler; also PYTHONPERFSUPPORT=1
        -X perf_jit: support the Linux "perf" profiler with DWARF support;
                 also PYTHON_PERF_JIT_SUPPORT=1
        -X pycache_prefix=PATH: write .pyc files to a parallel tree instead of to the
                 code tree; also PYTHONPYCACHEPREFIX
        -X showrefcount: output the total reference count and number of used
                 memory blocks when the program finishes or after each statement in
                 the interactive interpreter; only works on debug builds
        -X thread_inherit_context=[0|1]: enable (1) or disable (0) threads inheriting
                 context vars by default; enabled by default in the free-threaded
                 build and disabled otherwise; also PYTHON_THREAD_INHERIT_CONTEXT
        -X tracemalloc[=N]: trace Python memory allocations; N sets a traceback limit
                 of N frames (default: 1); also PYTHONTRACEMALLOC=N
        -X utf8[=0|1]: enable (1) or disable (0) UTF-8 mode; also PYTHONUTF8
        -X warn_default_encoding: enable opt-in EncodingWarning for 'encoding=None';
                 also PYTHONWARNDEFAULTENCODING

        """;

    private const string OurXOptions = """

        ProtoPython-specific -X options:
        -X nospecialize: disable tier-1 specialization (also PROTOPY_SPECIALIZE=off;
                 PROTOPY_SPECIALIZE=stress specializes at every first execution and miss)

        Accepted but without effect until tier 2 exists:
        -X jit=[off|uops|on]: tier-2 traces and their IL compilation; default off;
                 also PYTHON_JIT
        -X jit-threshold=N: back-edges before a trace is projected (default 4000)
        -X jit-stats[=text|json:PATH]: print execution and JIT statistics at exit
        -X jit-trace-dump[=DIR]: dump tier-2 traces
        -X jit-dump[=DIR|runtime]: dump the native code of compiled traces
        -X jit-stress: set every JIT threshold to 1 (for tests)

        """;
}
