/* sys.c: the sys module. Struct-sequence-like values (version_info,
 * flags, float_info, ...) are made by a small Python prelude run at
 * startup. */
#include "config.h"
#include "eval.h"
#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

Value pv_sys_module;

Value pv_sys_get(const char *name)
{
    if (!pv_sys_module)
        return NULL;
    Value v = pv_dict_get_str(((PvModule *)pv_sys_module)->dict, name);
    return v;
}

static Value sys_exit(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("exit", kwnames) < 0 || pv_check_nargs("exit", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 1 && args[0] == pv_None)
        nargs = 0; /* sys.exit(None) is SystemExit() */
    Value exc = pv_exc_new(&pv_exc_SystemExit, args, nargs);
    if (!exc)
        return NULL;
    return pv_raise_value(exc);
}

/* The switch interval is kept for programs and tests that save and
 * restore it; the scheduler's tick is its own (DESIGN: 2 ms). */
static double switch_interval = 0.005;

static Value sys_getswitchinterval(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("getswitchinterval", kwnames) < 0 ||
        pv_check_nargs("getswitchinterval", nargs, 0, 0) < 0)
        return NULL;
    return pv_float_new(switch_interval);
}

static Value sys_setswitchinterval(Value self, Value *args, size_t nargs, Value kwnames)
{
    double d;
    static const char *const kw[] = {"", NULL};
    if (pv_parse_args("setswitchinterval", args, nargs, kwnames, "d", kw, &d) < 0)
        return NULL;
    if (d <= 0)
        return pv_raise(&pv_exc_ValueError, "switch interval must be strictly positive");
    switch_interval = d;
    return pv_None;
}

static Value sys_getrecursionlimit(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("getrecursionlimit", kwnames) < 0 ||
        pv_check_nargs("getrecursionlimit", nargs, 0, 0) < 0)
        return NULL;
    return pv_small(pv_recursion_limit);
}

static Value sys_setrecursionlimit(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("setrecursionlimit", kwnames) < 0 ||
        pv_check_nargs("setrecursionlimit", nargs, 1, 1) < 0)
        return NULL;
    if (pv_isinst(args[0], &pv_float_type))
        return pv_raise(&pv_exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n;
    Value iv = pv_index(args[0]);
    if (!iv || pv_int_to_i64(iv, &n) < 0)
        return NULL;
    if (n < 1)
        return pv_raise(&pv_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT_MAX)
        return pv_raise(&pv_exc_OverflowError, "Python int too large to convert to C int");
    int depth = pv_current_thread->depth;
    if (n <= depth)
        return pv_raise(&pv_exc_RecursionError,
                        "cannot set the recursion limit to %d at the recursion depth %d: the "
                        "limit is too low",
                        (int)n, depth);
    pv_recursion_limit = (int)n;
    return pv_None;
}

static Value sys_exc_info(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("exc_info", kwnames) < 0 || pv_check_nargs("exc_info", nargs, 0, 0) < 0)
        return NULL;
    Value e = pv_exc_handled();
    if (!e)
        return pv_tuple_pack(3, pv_None, pv_None, pv_None);
    Value tb = ((PvExc *)e)->traceback;
    return pv_tuple_pack(3, (Value)pv_type(e), e, tb ? tb : pv_None);
}

static Value sys_exception(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("exception", kwnames) < 0 ||
        pv_check_nargs("exception", nargs, 0, 0) < 0)
        return NULL;
    Value e = pv_exc_handled();
    return e ? e : pv_None;
}

static Value sys_getsizeof(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value obj, dflt = NULL;
    static const char *const kw[] = {"", "default", NULL};
    if (pv_parse_args("getsizeof", args, nargs, kwnames, "O|O", kw, &obj, &dflt) < 0)
        return NULL;
    Value m = pv_type_lookup_str(pv_type(obj), "__sizeof__");
    if (m && pv_type(obj)->flags & PV_TPFLAG_HEAPTYPE) {
        Value r = pv_call_method(obj, "__sizeof__", NULL, 0);
        if (!r)
            return NULL;
        return r;
    }
    if (pv_is_small(obj))
        return pv_small(28);
    if (pv_is_str(obj))
        return pv_small(49 + pv_str_size(obj));
    return pv_int_from_u64(pv_gc_block_size(obj) + 16);
}

static Value sys_intern(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("intern", kwnames) < 0 || pv_check_nargs("intern", nargs, 1, 1) < 0)
        return NULL;
    if (!pv_is_type(args[0], &pv_str_type))
        return pv_raise(&pv_exc_TypeError, "intern() argument must be str, not %T", args[0]);
    return pv_str_intern(args[0]);
}

static Value sys_getdefaultencoding(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_str_from_cstr("utf-8");
}

static Value sys_getfsencodeerrors(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_str_from_cstr("surrogateescape");
}

static Value sys_get_int_max(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_nargs("get_int_max_str_digits", nargs, 0, 0) < 0)
        return NULL;
    return pv_small(pv_int_max_str_digits);
}

static Value sys_set_int_max(Value self, Value *args, size_t nargs, Value kwnames)
{
    int64_t n;
    static const char *const kw[] = {"maxdigits", NULL};
    if (pv_parse_args("set_int_max_str_digits", args, nargs, kwnames, "L", kw, &n) < 0)
        return NULL;
    if (pv_int_set_max_str_digits(n) < 0)
        return NULL;
    return pv_None;
}

static Value sys_getframe(Value self, Value *args, size_t nargs, Value kwnames)
{
    int depth = 0;
    if (pv_parse_args("_getframe", args, nargs, kwnames, "|i", NULL, &depth) < 0)
        return NULL;
    PvFrame *f = pv_current_thread->top;
    while (f && depth-- > 0)
        f = f->prev;
    if (!f)
        return pv_raise(&pv_exc_ValueError, "call stack is not deep enough");
    return pv_frame_object(f);
}

static Value sys_displayhook(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_nargs("displayhook", nargs, 1, 1) < 0)
        return NULL;
    Value v = args[0];
    if (v == pv_None)
        return pv_None;
    if (pv_dict_set_str(pv_builtins_dict, "_", pv_None) < 0)
        return NULL;
    Value r = pv_repr(v);
    Value out = pv_sys_get("stdout");
    if (!r || !out)
        return r ? pv_raise(&pv_exc_RuntimeError, "lost sys.stdout") : NULL;
    if (pv_file_write_value(out, r) < 0 || pv_file_write_cstr(out, "\n", 1) < 0)
        return NULL;
    if (pv_dict_set_str(pv_builtins_dict, "_", v) < 0)
        return NULL;
    return pv_None;
}

static Value sys_excepthook(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_nargs("excepthook", nargs, 3, 3) < 0)
        return NULL;
    pv_err_print_exc(args[1]);
    return pv_None;
}

static Value sys_preemption_count(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_int_from_u64(pv_preempt_count);
}

/* Tracing is not implemented: the hooks are stored and returned so that
 * code saving and restoring them works. */
static Value trace_hook, profile_hook;

static Value sys_settrace(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_nargs("settrace", nargs, 1, 1) < 0)
        return NULL;
    trace_hook = args[0] == pv_None ? NULL : args[0];
    return pv_None;
}

static Value sys_gettrace(Value self, Value *args, size_t nargs, Value kwnames)
{
    return trace_hook ? trace_hook : pv_None;
}

static Value sys_setprofile(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_nargs("setprofile", nargs, 1, 1) < 0)
        return NULL;
    profile_hook = args[0] == pv_None ? NULL : args[0];
    return pv_None;
}

static Value sys_getprofile(Value self, Value *args, size_t nargs, Value kwnames)
{
    return profile_hook ? profile_hook : pv_None;
}

/* No reference counts: a plausible constant. */
static Value sys_getrefcount(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_nargs("getrefcount", nargs, 1, 1) < 0)
        return NULL;
    return pv_small(2);
}

static Value sys_audit(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_None;
}

Value pv_sys_format_exception(Value self, Value *args, size_t nargs, Value kwnames);

/* Coroutine origin tracking (asyncio debug mode) is not recorded; the
 * depth is kept so the getter answers what the setter was given. */
static int coro_depth;
static Value sys_get_corodepth(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_arg_none("get_coroutine_origin_tracking_depth", nargs, kwnames) < 0)
        return NULL;
    return pv_small(coro_depth);
}
static Value sys_set_corodepth(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"depth", NULL};
    Value d;
    if (pv_parse_args("set_coroutine_origin_tracking_depth", args, nargs, kwnames, "O", kw, &d) < 0)
        return NULL;
    if (!pv_is_small(d))
        return pv_raise(&pv_exc_TypeError, "an integer is required");
    if (pv_small_val(d) < 0)
        return pv_raise(&pv_exc_ValueError, "depth must be >= 0");
    coro_depth = (int)pv_small_val(d);
    return pv_None;
}

static const PvMethodDef sys_functions[] = {
    {"_format_exception", pv_sys_format_exception, 0, NULL},
    {"exit", sys_exit, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"getswitchinterval", sys_getswitchinterval, 0, NULL},
    {"setswitchinterval", sys_setswitchinterval, 0, NULL},
    {"getfilesystemencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencodeerrors", sys_getfsencodeerrors, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max, 0, NULL},
    {"_getframe", sys_getframe, 0, NULL},
    {"displayhook", sys_displayhook, 0, NULL},
    {"excepthook", sys_excepthook, 0, NULL},
    {"unraisablehook", pv_sys_unraisablehook, 0, NULL},
    {"get_coroutine_origin_tracking_depth", sys_get_corodepth, 0, NULL},
    {"set_coroutine_origin_tracking_depth", sys_set_corodepth, 0, NULL},
    {"preemption_count", sys_preemption_count, 0, NULL},
    {"audit", sys_audit, 0, NULL},
    {"settrace", sys_settrace, 0, NULL},
    {"gettrace", sys_gettrace, 0, NULL},
    {"setprofile", sys_setprofile, 0, NULL},
    {"getprofile", sys_getprofile, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* Python-level pieces: struct sequences and namespaces. */
/* Debian's multiarch tuple: sysconfig builds the name of CPython's
 * _sysconfigdata module from it (test.support and pip read that module). */
#if defined(__linux__) && defined(__x86_64__)
#define PV_MULTIARCH "x86_64-linux-gnu"
#elif defined(__linux__) && defined(__aarch64__)
#define PV_MULTIARCH "aarch64-linux-gnu"
#elif defined(__linux__) && defined(__i386__)
#define PV_MULTIARCH "i386-linux-gnu"
#else
#define PV_MULTIARCH ""
#endif

static const char prelude[] =
    "class _structseq(tuple):\n"
    "    _fields = ()\n"
    "    def __new__(cls, values):\n"
    "        return tuple.__new__(cls, values)\n"
    "    def __getattr__(self, name):\n"
    "        try:\n"
    "            return self[type(self)._fields.index(name)]\n"
    "        except ValueError:\n"
    "            raise AttributeError(name) from None\n"
    "    def __repr__(self):\n"
    "        return type(self)._name + '(' + ', '.join(\n"
    "            f + '=' + repr(v) for f, v in zip(type(self)._fields, self)) + ')'\n"
    "def _mk(name, fields, values):\n"
    "    t = type(name.rpartition('.')[2], (_structseq,), {'_fields': tuple(fields.split()),\n"
    "                                        '_name': name})\n"
    "    return t(values)\n"
    "version_info = _mk('sys.version_info', 'major minor micro releaselevel serial',\n"
    "                   (3, 11, 7, 'final', 0))\n"
    "flags = _mk('sys.flags', 'debug inspect interactive optimize dont_write_bytecode '\n"
    "            'no_user_site no_site ignore_environment verbose bytes_warning quiet '\n"
    "            'hash_randomization isolated dev_mode utf8_mode warn_default_encoding '\n"
    "            'safe_path int_max_str_digits',\n"
    "            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))\n"
    "float_info = _mk('sys.float_info', 'max max_exp max_10_exp min min_exp min_10_exp dig '\n"
    "                 'mant_dig epsilon radix rounds',\n"
    "                 (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021,\n"
    "                  -307, 15, 53, 2.220446049250313e-16, 2, 1))\n"
    "int_info = _mk('sys.int_info', 'bits_per_digit sizeof_digit default_max_str_digits '\n"
    "               'str_digits_check_threshold', (30, 4, 4300, 640))\n"
    "hash_info = _mk('sys.hash_info', 'width modulus inf nan imag algorithm hash_bits '\n"
    "                'seed_bits cutoff', (64, 2305843009213693951, 314159, 0, 1000003,\n"
    "                'siphash13', 64, 128, 0))\n"
    "class _Namespace:\n"
    "    def __init__(self, /, *args, **kw):\n"
    "        if args:\n"
    "            raise TypeError('no positional arguments expected')\n"
    "        self.__dict__.update(kw)\n"
    "    def __repr__(self, _busy=set()):\n"
    "        t = type(self)\n"
    "        name = 'namespace' if t is __class__ else t.__name__\n"
    "        if id(self) in _busy:\n"
    "            return name + '(...)'\n"
    "        _busy.add(id(self))\n"
    "        try:\n"
    "            return name + '(' + ', '.join(k + '=' + repr(v) for k, v in\n"
    "                                          self.__dict__.items()) + ')'\n"
    "        finally:\n"
    "            _busy.discard(id(self))\n"
    "    def __eq__(self, other):\n"
    "        if isinstance(self, __class__) and isinstance(other, __class__):\n"
    "            return self.__dict__ == other.__dict__\n"
    "        return NotImplemented\n"
    "    def __reduce__(self):\n"
    "        return (type(self), (), self.__dict__)\n"
    "_Namespace.__name__ = _Namespace.__qualname__ = 'SimpleNamespace'\n"
    "_Namespace.__module__ = 'types'\n"
    "implementation = _Namespace(name='pyvm', cache_tag=None, version=version_info,\n"
    "                            hexversion=0x030b07f0, _multiarch='" PV_MULTIARCH "')\n"
    "_agen_t = type('asyncgen_hooks', (_structseq,), {'_fields': ('firstiter', 'finalizer'),\n"
    "                                                  '_name': 'asyncgen_hooks'})\n"
    "_agen = [None, None]\n"
    "_unset = object()\n"
    "def get_asyncgen_hooks():\n"
    "    return _agen_t(tuple(_agen))\n"
    "def set_asyncgen_hooks(firstiter=_unset, finalizer=_unset):\n"
    "    for n, v in (('finalizer', finalizer), ('firstiter', firstiter)):\n"
    "        if v is not _unset and v is not None and not callable(v):\n"
    "            raise TypeError('callable %s expected, got %s' % (n, type(v).__name__))\n"
    "    if firstiter is not _unset:\n"
    "        _agen[0] = firstiter\n"
    "    if finalizer is not _unset:\n"
    "        _agen[1] = finalizer\n"
    "def is_finalizing():\n"
    "    return False\n"
    "del _mk, _Namespace, _structseq\n";

static void run_prelude(Value d)
{
    Value fn = pv_str_from_cstr("<sys>");
    Value code = fn ? pv_compile(prelude, sizeof prelude - 1, fn, "exec", 0) : NULL;
    Value tmp = code ? pv_dict_new() : NULL;
    if (tmp && pv_dict_set_str(tmp, "__name__", pv_str_from_cstr("sys")) >= 0 &&
        pv_eval_code(code, tmp, tmp)) {
        const char *names[] = {"version_info", "flags", "float_info", "int_info", "hash_info",
                               "implementation", "get_asyncgen_hooks", "set_asyncgen_hooks",
                               "is_finalizing", NULL};
        for (int i = 0; names[i]; i++) {
            Value v = pv_dict_get_str(tmp, names[i]);
            if (v)
                pv_dict_set_str(d, names[i], v);
        }
        return;
    }
    /* the compiler is not there yet: plain tuples */
    pv_err_clear();
    pv_dict_set_str(d, "version_info",
                    pv_tuple_pack(5, pv_small(3), pv_small(11), pv_small(7),
                                  pv_str_from_cstr("final"), pv_small(0)));
}

/* Is this pyvm the uninstalled binary of a build tree (also a VPATH
 * one, also through a libtool wrapper's .libs/)? Then it uses the tree's
 * Lib/ and add-on modules, not the configured prefix's. */
static bool in_build_tree(void)
{
    char exe[4096], *slash;
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return false;
    exe[n] = 0;
    if (!(slash = strrchr(exe, '/')))
        return false;
    *slash = 0;
    if (strcmp(exe, PV_BUILDDIR) == 0)
        return true;
    slash = strrchr(exe, '/');
    return slash && strcmp(slash, "/.libs") == 0 && (*slash = 0, strcmp(exe, PV_BUILDDIR) == 0);
}

static Value lib_dir(void)
{
    const char *env = getenv("PYVM_LIBDIR");
    if (env && *env)
        return pv_str_from_cstr(env);
    return pv_str_from_cstr(in_build_tree() ? PV_SRC_LIBDIR : PV_LIBDIR);
}

/* Where `make install` puts loadable add-on modules (errno, _bisect, ...). */
static Value module_dir(void)
{
    const char *env = getenv("PYVM_MODULEDIR");
    if (env && *env)
        return pv_str_from_cstr(env);
    return pv_str_from_cstr(in_build_tree() ? PV_BUILDDIR "/modules/.libs" : PV_MODULEDIR);
}

static Value make_path(void)
{
    Value path = pv_list_new(0);
    if (!path)
        return NULL;
    const char *pp = getenv("PYVMPATH");
    if (pp && *pp) {
        const char *s = pp;
        for (;;) {
            const char *c = strchr(s, ':');
            size_t len = c ? (size_t)(c - s) : strlen(s);
            if (len) {
                Value e = pv_str_new(s, len);
                if (!e || pv_list_append(path, e) < 0)
                    return NULL;
            }
            if (!c)
                break;
            s = c + 1;
        }
    }
    Value lib = lib_dir();
    if (!lib || pv_list_append(path, lib) < 0)
        return NULL;
    Value mods = module_dir();
    if (!mods || pv_list_append(path, mods) < 0)
        return NULL;
    const char *cpy = getenv("PYVM_CPYTHON_STDLIB");
    if (!cpy)
        cpy = PV_CPYTHON_STDLIB;
    if (*cpy) {
        Value d = pv_str_from_cstr(cpy);
        if (!d || pv_list_append(path, d) < 0)
            return NULL;
    }
    return path;
}

static Value make_std(int fd, const char *mode, const char *name)
{
    Value f = pv_file_from_fd(fd, mode, name, false);
    if (!f)
        pv_err_clear();
    return f ? f : pv_None;
}

void pv_sys_init(int argc, char **argv)
{
    pv_gc_add_root(&pv_sys_module);
    pv_gc_add_root(&trace_hook);
    pv_gc_add_root(&profile_hook);
    Value m = pv_module_new_cstr("sys");
    if (!m)
        abort();
    pv_sys_module = m;
    Value d = ((PvModule *)m)->dict;
    pv_module_add_functions(m, sys_functions);
    Value modules = pv_dict_new();
    pv_dict_set_str(modules, "sys", m);
    if (pv_builtins_module)
        pv_dict_set_str(modules, "builtins", pv_builtins_module);
    pv_dict_set_str(d, "modules", modules);
    pv_dict_set_str(d, "path", make_path());
    Value orig = pv_list_new(0);
    for (int i = 0; i < argc; i++)
        pv_list_append(orig, pv_str_decode_utf8(argv[i], strlen(argv[i]), "surrogateescape"));
    pv_dict_set_str(d, "orig_argv", orig);
    pv_dict_set_str(d, "argv", pv_list_new(0));
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = 0;
    pv_dict_set_str(d, "executable", pv_str_from_cstr(n > 0 ? exe : (argc ? argv[0] : "")));
    pv_dict_set_str(d, "_base_executable", pv_sys_get("executable"));
    pv_dict_set_str(d, "version",
                    pv_str_from_cstr("3.11.7 (pyvm " PACKAGE_VERSION ", " __DATE__ ") [GCC]"));
    pv_module_add_int(m, "hexversion", 0x030b07f0);
    pv_module_add_int(m, "api_version", 1013);
    pv_dict_set_str(d, "maxsize", pv_int_from_i64(INT64_MAX));
    pv_dict_set_str(d, "maxunicode", pv_small(0x10ffff));
    pv_dict_set_str(d, "byteorder", pv_str_from_cstr(
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                                        "little"
#else
                                        "big"
#endif
                                        ));
    struct utsname u;
    const char *plat = "linux";
    if (uname(&u) == 0) {
        if (strcmp(u.sysname, "Darwin") == 0)
            plat = "darwin";
        else if (strncmp(u.sysname, "FreeBSD", 7) == 0)
            plat = "freebsd";
        else if (strcmp(u.sysname, "OpenBSD") == 0)
            plat = "openbsd";
        else if (strcmp(u.sysname, "NetBSD") == 0)
            plat = "netbsd";
    }
    pv_dict_set_str(d, "platform", pv_str_from_cstr(plat));
    pv_dict_set_str(d, "platlibdir", pv_str_from_cstr("lib"));
    pv_dict_set_str(d, "prefix", pv_str_from_cstr("/usr/local"));
    pv_dict_set_str(d, "exec_prefix", pv_str_from_cstr("/usr/local"));
    pv_dict_set_str(d, "base_prefix", pv_str_from_cstr("/usr/local"));
    pv_dict_set_str(d, "base_exec_prefix", pv_str_from_cstr("/usr/local"));
    pv_dict_set_str(d, "dont_write_bytecode", pv_False); /* main.c: -B */
    pv_dict_set_str(d, "warnoptions", pv_list_new(0));
    pv_dict_set_str(d, "_xoptions", pv_dict_new());
    pv_dict_set_str(d, "meta_path", pv_list_new(0));
    pv_dict_set_str(d, "path_hooks", pv_list_new(0));
    pv_dict_set_str(d, "path_importer_cache", pv_dict_new());
    pv_dict_set_str(d, "float_repr_style", pv_str_from_cstr("short"));
    pv_dict_set_str(d, "abiflags", pv_str_from_cstr(""));
    pv_dict_set_str(d, "copyright", pv_str_from_cstr("Copyright (c) pyvm authors."));
    /* builtin_module_names */
    Value names = pv_list_new(0);
    pv_list_append(names, pv_str_from_cstr("builtins"));
    pv_list_append(names, pv_str_from_cstr("sys"));
    /* Lib/posix.py over the C _posix: CPython's os.py looks for it here */
    pv_list_append(names, pv_str_from_cstr("posix"));
    for (const PvBuiltinModule *b = pv_builtin_modules; b->name; b++)
        if (strcmp(b->name, "sys") != 0 && strcmp(b->name, "builtins") != 0)
            pv_list_append(names, pv_str_from_cstr(b->name));
    pv_list_sort(names, NULL, false);
    pv_dict_set_str(d, "builtin_module_names", pv_sequence_tuple(names));
    Value in = make_std(0, "r", "<stdin>"), out = make_std(1, "w", "<stdout>"),
          err = make_std(2, "w", "<stderr>");
    pv_dict_set_str(d, "stdin", in);
    pv_dict_set_str(d, "stdout", out);
    pv_dict_set_str(d, "stderr", err);
    pv_dict_set_str(d, "__stdin__", in);
    pv_dict_set_str(d, "__stdout__", out);
    pv_dict_set_str(d, "__stderr__", err);
    pv_dict_set_str(d, "__displayhook__", pv_sys_get("displayhook"));
    pv_dict_set_str(d, "__excepthook__", pv_sys_get("excepthook"));
    pv_dict_set_str(d, "__unraisablehook__", pv_sys_get("unraisablehook"));
    run_prelude(d);
    pv_err_clear();
}

/* Registry entry: sys already exists once pv_sys_init ran. */
Value pv_sys_module_init(void)
{
    return pv_sys_module;
}
