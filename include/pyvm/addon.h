/* pyvm/addon.h: the descriptor of a *plain* pyvm add-on module.
 *
 * A plain add-on is an ordinary shared library of C functions. It exports
 * one constant descriptor, named pyvm_addon_<module name>, listing its
 * functions as C prototypes (the syntax of ffi.declare), whether each one
 * blocks, and some constants. `import name` finds name.so on sys.path,
 * reads the descriptor and wraps each function with libffi: non-blocking
 * functions run inline under the GIL, blocking ones on the worker pool
 * while the other green threads go on. The library needs no other pyvm
 * header and no pyvm symbol, so C programs can link it as usual.
 *
 *   #include <pyvm/addon.h>
 *   static int twice(int x) { return 2 * x; }
 *   static const pyvm_addon_func funcs[] = {
 *       {"int twice(int)", (void *)twice, PYVM_NONBLOCKING},
 *       {"unsigned sleep(unsigned)", NULL, PYVM_BLOCKING}, // NULL: by name
 *       {NULL}};
 *   static const pyvm_addon_const consts[] = {
 *       PYVM_CONST_INT("ANSWER", 42), PYVM_CONST_STR("NAME", "demo"), {NULL}};
 *   PYVM_ADDON(demo) = {PYVM_ADDON_ABI, "demo", "A demo.", funcs, consts, NULL};
 */
#ifndef PYVM_ADDON_H
#define PYVM_ADDON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Version of this descriptor layout. The loader refuses other versions
 * with an ImportError naming both. */
#define PYVM_ADDON_ABI 1

enum { PYVM_NONBLOCKING = 0, PYVM_BLOCKING = 1 };

typedef struct pyvm_addon_func {
    /* One C prototype, e.g. "double hypot(double, double)"; the declared
     * name becomes the Python name. */
    const char *decl;
    /* The function; NULL: look the declared name up in the library (and
     * the libraries it links). */
    void *fn;
    /* PYVM_BLOCKING: may sit for long (I/O, sleep, locks), runs on a
     * worker thread. PYVM_NONBLOCKING: short, runs inline (fast). */
    int blocking;
} pyvm_addon_func;

enum { PYVM_CONST_INT_KIND = 1, PYVM_CONST_FLOAT_KIND, PYVM_CONST_STR_KIND };
typedef struct pyvm_addon_const {
    const char *name;     /* NULL ends the table */
    int kind;             /* PYVM_CONST_*_KIND */
    long long i;
    double f;
    const char *s;        /* UTF-8 */
} pyvm_addon_const;
#define PYVM_CONST_INT(name, v) {(name), PYVM_CONST_INT_KIND, (v), 0.0, 0}
#define PYVM_CONST_FLOAT(name, v) {(name), PYVM_CONST_FLOAT_KIND, 0, (v), 0}
#define PYVM_CONST_STR(name, v) {(name), PYVM_CONST_STR_KIND, 0, 0.0, (v)}

typedef struct pyvm_addon {
    int abi;                        /* PYVM_ADDON_ABI */
    const char *name;               /* module name: must match the file name */
    const char *doc;                /* __doc__, or NULL */
    const pyvm_addon_func *funcs;   /* ended by an entry with decl NULL; may be NULL */
    const pyvm_addon_const *consts; /* ended by an entry with name NULL; may be NULL */
    /* Called once before the module is built; nonzero fails the import
     * with an ImportError carrying the code. May be NULL. */
    int (*init)(void);
} pyvm_addon;

#if defined(__GNUC__)
#define PYVM_EXPORT __attribute__((visibility("default")))
#else
#define PYVM_EXPORT
#endif

/* Defines the descriptor symbol the loader looks for. */
#define PYVM_ADDON(modname) PYVM_EXPORT extern const pyvm_addon pyvm_addon_##modname; \
    const pyvm_addon pyvm_addon_##modname

#ifdef __cplusplus
}
#endif
#endif
