/* main.c: the command line. pyvm FILE [ARGS] | -c CODE [ARGS] | -m MOD
 * [ARGS] | - (or piped stdin). Exit status as CPython: 1 after an uncaught
 * exception, SystemExit's code, 130 after KeyboardInterrupt. */
#include "config.h"
#include "eval.h"
#include "fileobj.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <limits.h>
#include <errno.h>

Value pv_import_find_main(Value fullname, Value *pkgname);

/* Called before exit (the scheduler waits for non-daemon threads here). */
__attribute__((weak)) void pv_main_exit_hook(void) {}
/* atexit callbacks (modules/atexit.c); weak so main.c links without it. */
__attribute__((weak)) void pv_atexit_run(void) {}

/* os.path.abspath: join with the cwd and normalise . and .. */
static void abspath(const char *p, char *out, size_t cap)
{
    char tmp[PATH_MAX * 2];
    char cwd[PATH_MAX];
    if (p[0] == '/')
        snprintf(tmp, sizeof tmp, "%s", p);
    else
        snprintf(tmp, sizeof tmp, "%s/%s", getcwd(cwd, sizeof cwd) ? cwd : ".", p);
    char *segs[PATH_MAX / 2];
    int n = 0;
    for (char *s = strtok(tmp, "/"); s; s = strtok(NULL, "/")) {
        if (strcmp(s, ".") == 0)
            continue;
        if (strcmp(s, "..") == 0) {
            if (n > 0)
                n--;
            continue;
        }
        segs[n++] = s;
    }
    size_t len = 0;
    out[0] = 0;
    for (int i = 0; i < n; i++)
        len += snprintf(out + len, len < cap ? cap - len : 0, "/%s", segs[i]);
    if (n == 0)
        snprintf(out, cap, "/");
}

static void ready(PvType *t)
{
    if (!(t->flags & PV_TPFLAG_READY))
        pv_type_ready(t);
}

static char *read_stream(FILE *fp, size_t *size)
{
    PvBuf b;
    pv_buf_init(&b);
    char tmp[8192];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, fp)) > 0)
        pv_buf_append(&b, tmp, n);
    pv_buf_append(&b, "", 1);
    *size = b.size - 1;
    return b.data;
}

static void usage(FILE *fp)
{
    fprintf(fp, "usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                "Options:\n"
                "  -c cmd : program passed in as string\n"
                "  -m mod : run library module as a script\n"
                "  -h     : print this help message and exit\n"
                "  -V     : print the version number and exit\n"
                "  --pe, -pe : -c cmd and stdin are in the .pe syntax (files ending\n"
                "           in .pe always are)\n"
                "  -B     : don't write __pycache__/*.pvc files of imported modules\n"
                "  -W arg : warning control (as python3 -W), also PYTHONWARNINGS\n"
                "  -X opt : implementation option, kept in sys._xoptions\n"
                "  -u -E -s -S -I -O : accepted and ignored\n"
                "  file   : program read from script file\n"
                "  -      : program read from stdin\n"
                "Environment: PYVMPATH (module search path), PYVM_DIS=1 (disassemble),\n"
                "PYTHONDONTWRITEBYTECODE (as -B), PYVM_NO_CODECACHE=1 (no compiled-code cache)\n");
}

/* Status for an exception that ended the program; prints it. */
static int handle_exit_exception(void)
{
    Value exc = pv_err_fetch();
    if (!exc)
        return 0;
    if (pv_isinst(exc, &pv_exc_SystemExit)) {
        Value code = pv_getattr_str(exc, "code");
        pv_err_clear();
        if (!code || code == pv_None)
            return 0;
        if (pv_is_int(code)) {
            int64_t n = 0;
            if (pv_int_to_i64(code, &n) < 0) {
                pv_err_clear();
                n = -1;
            }
            return (int)(n & 0xff);
        }
        Value s = pv_str(code);
        pv_flush_std();
        Value err = pv_sys_get("stderr");
        if (s && err && err != pv_None && pv_file_write_value(err, s) >= 0 &&
            pv_file_write_cstr(err, "\n", 1) >= 0) {
        } else if (s) {
            fprintf(stderr, "%s\n", pv_str_data(s));
        }
        pv_err_clear();
        return 1;
    }
    pv_flush_std();
    pv_err_clear();
    Value hook = pv_sys_get("excepthook");
    Value dflt = pv_sys_get("__excepthook__");
    if (hook && hook != dflt) {
        Value tb = ((PvExc *)exc)->traceback;
        Value a[3] = {(Value)pv_type(exc), exc, tb ? tb : pv_None};
        if (!pv_call(hook, a, 3, NULL)) {
            fprintf(stderr, "Error in sys.excepthook:\n");
            pv_err_print();
            fprintf(stderr, "\nOriginal exception was:\n");
            pv_err_print_exc(exc);
        }
    } else {
        pv_err_print_exc(exc);
    }
    if (pv_isinst(exc, &pv_exc_KeyboardInterrupt))
        return 130;
    return 1;
}

static int finish(int status)
{
    pv_main_exit_hook();
    if (pv_err_occurred())
        status = handle_exit_exception();
    pv_atexit_run();
    pv_gc_at_exit(); /* __del__ / generator close of __main__'s objects (finalize.c) */
    pv_file_flush_all(); /* open(...).write(...) never closed: still written */
    if (pv_flush_std() < 0) {
        pv_err_clear();
        if (status == 0)
            status = 120;
    }
    fflush(stdout);
    fflush(stderr);
    return status;
}

/* --pe: -c code and stdin are in the .pe syntax (files: by their suffix) */
static bool pe_mode;

/* -B / PYTHONDONTWRITEBYTECODE: no compiled-code cache files
 * (vm/codecache.c); sys.flags.dont_write_bytecode follows. */
static void set_dont_write_bytecode(void)
{
    PvModule *sys = (PvModule *)pv_sys_module;
    pv_dict_set_str(sys->dict, "dont_write_bytecode", pv_True);
    Value flags = pv_sys_get("flags");
    Value items = flags ? pv_sequence_list(flags) : NULL;
    if (items && pv_list_size(items) > 4) {
        pv_list_items(items)[4] = pv_small(1);
        Value t = pv_list_as_tuple(items);
        Value nf = t ? pv_call1((Value)pv_type(flags), t) : NULL;
        if (nf)
            pv_dict_set_str(sys->dict, "flags", nf);
    }
    pv_err_clear();
}

static bool is_pe_file(Value filename)
{
    size_t n = pv_str_size(filename);
    return n > 3 && strcmp(pv_str_data(filename) + n - 3, ".pe") == 0;
}

static int run_source(const char *src, size_t size, Value filename, Value mainmod)
{
    int flags = pe_mode || is_pe_file(filename) ? PV_COMPILE_PE : 0;
    Value code = pv_compile(src, size, filename, "exec", flags);
    if (!code)
        return handle_exit_exception();
    /* PYVM_DIS=1: pv_compile itself prints the disassembly */
    Value d = ((PvModule *)mainmod)->dict;
    if (!pv_eval_code(code, d, d))
        return handle_exit_exception();
    return 0;
}

/* -W opt (sys.warnoptions, read by the warnings module) and -X opt
 * (sys._xoptions: "key=value" or "key" -> True). */
static void add_option(char kind, const char *val)
{
    if (kind == 'W') {
        Value wo = pv_sys_get("warnoptions");
        if (wo)
            pv_list_append(wo, pv_str_from_cstr(val));
        return;
    }
    Value xo = pv_sys_get("_xoptions");
    const char *eq = strchr(val, '=');
    if (!xo)
        return;
    if (eq)
        pv_dict_set(xo, pv_str_new(val, (size_t)(eq - val)), pv_str_from_cstr(eq + 1));
    else
        pv_dict_set(xo, pv_str_from_cstr(val), pv_True);
}

int main(int argc, char **argv)
{
    int stack_marker;
    pv_gc_init(&stack_marker);
    pv_object_init();
    pv_types_init();
    PvType *mine[] = {&pv_code_type, &pv_function_type, &pv_cell_type, &pv_generator_type,
                      &pv_coroutine_type, &pv_coro_wrapper_type, &pv_async_gen_type,
                      &pv_traceback_type,
                      &pv_frame_type};
    for (size_t i = 0; i < sizeof mine / sizeof mine[0]; i++)
        ready(mine[i]);
    pv_exceptions_init();
    pv_builtins_init();
    pv_exceptions_add_builtins(pv_builtins_dict);
    pv_sys_init(argc, argv);
    pv_sched_init();

    /* options */
    int i = 1;
    const char *cmd = NULL, *module = NULL, *file = NULL;
    bool from_stdin = false;
    bool no_bytecode = false, no_env = false;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0)
            break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("Python 3.11.7 (pyvm %s)\n", PACKAGE_VERSION);
            return 0;
        }
        if (strcmp(a, "--pe") == 0 || strcmp(a, "-pe") == 0) {
            pe_mode = true;
            continue;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        }
        if (a[1] == 'c' || a[1] == 'm') {
            const char *val = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (!val) {
                fprintf(stderr, "Argument expected for the -%c option\n", a[1]);
                usage(stderr);
                return 2;
            }
            if (a[1] == 'c')
                cmd = val;
            else
                module = val;
            i++;
            break;
        }
        if (a[1] == 'W' || a[1] == 'X') {
            const char *val = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (!val) {
                fprintf(stderr, "Argument expected for the -%c option\n", a[1]);
                usage(stderr);
                return 2;
            }
            add_option(a[1], val);
            continue;
        }
        bool ok = true;
        for (const char *p = a + 1; *p; p++) {
            if (!strchr("uBEsSIOqbdRvx", *p))
                ok = false;
            no_bytecode |= *p == 'B';
            no_env |= *p == 'E' || *p == 'I';
        }
        if (!ok) {
            fprintf(stderr, "Unknown option: %s\n", a);
            usage(stderr);
            return 2;
        }
    }
    if (!cmd && !module) {
        if (i < argc) {
            if (strcmp(argv[i], "-") == 0)
                from_stdin = true;
            else
                file = argv[i];
        } else {
            from_stdin = true;
        }
    }

    const char *pw = no_env ? NULL : getenv("PYTHONWARNINGS");
    if (pw && *pw) { /* comma-separated, before the -W options as CPython */
        Value wo = pv_sys_get("warnoptions");
        char buf[1024];
        snprintf(buf, sizeof buf, "%s", pw);
        ssize_t at = 0;
        for (char *save, *tok = strtok_r(buf, ",", &save); wo && tok; tok = strtok_r(NULL, ",", &save))
            if (*tok)
                pv_list_insert(wo, at++, pv_str_from_cstr(tok));
    }
    const char *dwb = no_env ? NULL : getenv("PYTHONDONTWRITEBYTECODE");
    if (no_bytecode || (dwb && *dwb))
        set_dont_write_bytecode();

    /* sys.argv */
    Value sargv = pv_sys_get("argv");
    if (cmd)
        pv_list_append(sargv, pv_str_from_cstr("-c"));
    else if (module)
        pv_list_append(sargv, pv_str_from_cstr(module)); /* replaced by the path below */
    else if (file || (i < argc && from_stdin))
        pv_list_append(sargv, pv_str_decode_utf8(argv[i], strlen(argv[i]), "surrogateescape"));
    else
        pv_list_append(sargv, pv_str_from_cstr(""));
    for (int j = (cmd || module) ? i : i + 1; j < argc; j++)
        pv_list_append(sargv, pv_str_decode_utf8(argv[j], strlen(argv[j]), "surrogateescape"));

    /* sys.path[0] */
    Value path = pv_sys_get("path");
    Value p0;
    if (file) {
        char buf[PATH_MAX];
        const char *slash = strrchr(file, '/');
        if (slash) {
            char dir[PATH_MAX];
            snprintf(dir, sizeof dir, "%.*s", (int)(slash - file), file);
            if (!*dir)
                strcpy(dir, "/");
            p0 = pv_str_from_cstr(realpath(dir, buf) ? buf : dir);
        } else {
            p0 = pv_str_from_cstr(getcwd(buf, sizeof buf) ? buf : "");
        }
    } else if (module) {
        char buf[PATH_MAX];
        p0 = pv_str_from_cstr(getcwd(buf, sizeof buf) ? buf : "");
    } else {
        p0 = pv_str_from_cstr("");
    }
    Value ins[2] = {pv_small(0), p0};
    Value insm = pv_getattr_str(path, "insert");
    if (insm)
        pv_call(insm, ins, 2, NULL);
    pv_err_clear();

    /* __main__ */
    Value mainmod = pv_module_new_cstr("__main__");
    Value md = ((PvModule *)mainmod)->dict;
    pv_dict_set_str(md, "__builtins__", pv_builtins_module);
    pv_dict_set_str(md, "__spec__", pv_None);
    pv_dict_set_str(md, "__loader__", pv_None);
    pv_dict_set_str(md, "__package__", pv_None);
    if (!pv_dict_get_str(md, "__doc__"))
        pv_dict_set_str(md, "__doc__", pv_None);
    pv_dict_set_str(md, "__annotations__", pv_dict_new());
    pv_dict_set_str(pv_sys_get("modules"), "__main__", mainmod);

    int status;
    if (cmd) {
        status = run_source(cmd, strlen(cmd), pv_str_from_cstr("<string>"), mainmod);
    } else if (module) {
        Value pkg;
        Value mfile = pv_import_find_main(pv_str_from_cstr(module), &pkg);
        if (!mfile) {
            Value e = pv_err_fetch();
            if (e && pv_isinst(e, &pv_exc_ImportError)) {
                Value s = pv_str(e);
                Value nm = pv_getattr_opt(e, pv_intern("name"));
                pv_err_clear();
                pv_flush_std();
                if (pv_isinst(e, &pv_exc_ModuleNotFoundError) && nm && pv_is_str(nm) &&
                    strcmp(pv_str_data(nm), module) == 0)
                    fprintf(stderr, "%s: No module named %s\n", argv[0], module);
                else
                    fprintf(stderr,
                            "%s: Error while finding module specification for '%s' (%s: %s)\n",
                            argv[0], module, pv_type_name(pv_type(e)), s ? pv_str_data(s) : "");
                return finish(1);
            }
            pv_err_restore(e);
            return finish(handle_exit_exception());
        }
        pv_setitem(sargv, pv_small(0), mfile);
        pv_dict_set_str(md, "__file__", mfile);
        pv_dict_set_str(md, "__package__", pkg);
        size_t size;
        FILE *fp = fopen(pv_str_data(mfile), "rb");
        if (!fp) {
            fprintf(stderr, "%s: can't open file '%s'\n", argv[0], pv_str_data(mfile));
            return finish(2);
        }
        char *src = read_stream(fp, &size);
        fclose(fp);
        status = run_source(src, size, mfile, mainmod);
        free(src);
    } else if (file) {
        FILE *fp = fopen(file, "rb");
        if (!fp) {
            char abs[PATH_MAX];
            int err = errno;
            abspath(file, abs, sizeof abs);
            errno = err;
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], abs, errno,
                    strerror(errno));
            return finish(2);
        }
        size_t size;
        char *src = read_stream(fp, &size);
        fclose(fp);
        char absf[PATH_MAX];
        abspath(file, absf, sizeof absf);
        Value fname = pv_str_decode_utf8(absf, strlen(absf), "surrogateescape");
        pv_dict_set_str(md, "__file__", fname);
        status = run_source(src, size, fname, mainmod);
        free(src);
    } else {
        size_t size;
        char *src = read_stream(stdin, &size);
        status = run_source(src, size, pv_str_from_cstr("<stdin>"), mainmod);
        free(src);
    }
    (void)from_stdin;
    return finish(status);
}
