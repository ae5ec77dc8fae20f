/* pyvm/pyvm.h: the object API for *native* pyvm add-on modules.
 *
 * A native add-on is a shared library that exports a descriptor made with
 * PYVM_MODULE(name, init); `import name` finds name.so on sys.path, checks
 * the descriptor's ABI version against the running pyvm's, and calls
 * init(), which returns the module object. The functions below are
 * resolved against the pyvm executable at load time (do not link any
 * library for them).
 *
 * Rules (the same as pyvm's own C code):
 *  - pyvm_obj is an opaque handle to a Python object. Functions returning
 *    pyvm_obj return NULL when they raised an exception; functions returning
 *    int return -1 then. A native function that fails returns NULL with the
 *    exception set (pyvm_raise does both).
 *  - Memory is managed by a tracing garbage collector; there is no
 *    reference counting. An object held in a C local variable (or function
 *    argument) is alive; an object kept in a C global or static must be
 *    registered with pyvm_gc_root; never keep objects only in malloc'd
 *    memory (put them in a list, dict or attribute instead).
 *  - Everything here is called with the GIL held, i.e. from native
 *    functions, init, or inside a pyvm_foreign_enter/leave pair.
 *
 *   static pyvm_obj twice(pyvm_obj self, pyvm_obj *args, size_t n, pyvm_obj kw)
 *   {
 *       long long x;
 *       if (pyvm_check_args("twice", n, kw, 1, 1) < 0 || pyvm_int_value(args[0], &x) < 0)
 *           return NULL;
 *       return pyvm_int(2 * x);
 *   }
 *   static const pyvm_method funcs[] = {{"twice", twice, 0, "twice(x)"}, {NULL}};
 *   static pyvm_obj init(void)
 *   {
 *       pyvm_obj m = pyvm_module_new("demo");
 *       if (!m || pyvm_module_add_functions(m, funcs) < 0)
 *           return NULL;
 *       return m;
 *   }
 *   PYVM_MODULE(demo, init);
 */
#ifndef PYVM_PYVM_H
#define PYVM_PYVM_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped whenever this header changes incompatibly. The loader compares
 * the add-on's version with its own and refuses a mismatch. */
#define PYVM_ABI_VERSION 1

typedef struct pyvm_object_ *pyvm_obj;

/* A C function callable from Python: positional args[0..nargs), then one
 * value per keyword name in kwnames (a tuple of str, or NULL). self is the
 * instance for methods of types, NULL for module functions. */
typedef pyvm_obj (*pyvm_cfunc)(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kwnames);
typedef struct pyvm_method {
    const char *name;   /* NULL ends a table */
    pyvm_cfunc fn;
    int flags;          /* 0 (PYVM_METH_STATIC / PYVM_METH_CLASS for types) */
    const char *doc;
} pyvm_method;
enum { PYVM_METH_STATIC = 1, PYVM_METH_CLASS = 2 };

/* The module descriptor (what the loader looks up: pyvm_native_<name>). */
typedef struct pyvm_native {
    int abi;               /* PYVM_ABI_VERSION */
    const char *name;
    pyvm_obj (*init)(void);
} pyvm_native;
#if defined(__GNUC__)
#define PYVM_NATIVE_EXPORT __attribute__((visibility("default")))
#else
#define PYVM_NATIVE_EXPORT
#endif
#define PYVM_MODULE(modname, initfn) \
    PYVM_NATIVE_EXPORT extern const pyvm_native pyvm_native_##modname; \
    const pyvm_native pyvm_native_##modname = {PYVM_ABI_VERSION, #modname, initfn}

/* ---- Constants and type tests ---- */
pyvm_obj pyvm_none(void);                   /* None */
pyvm_obj pyvm_bool(int b);                  /* True / False */
int pyvm_is_none(pyvm_obj o);
int pyvm_truthy(pyvm_obj o);                /* bool(o): 1, 0, or -1 on error */
/* type(o).__name__ as a C string (valid while o lives), e.g. "int". */
const char *pyvm_type_name(pyvm_obj o);
pyvm_obj pyvm_type_of(pyvm_obj o);          /* type(o) */
int pyvm_isinstance(pyvm_obj o, pyvm_obj cls); /* 1, 0, -1 */

/* ---- Numbers ---- */
pyvm_obj pyvm_int(long long v);
pyvm_obj pyvm_uint(unsigned long long v);
/* int (or __index__) to C; OverflowError if out of range, TypeError if not an int. */
int pyvm_int_value(pyvm_obj o, long long *out);
int pyvm_is_int(pyvm_obj o);                /* int or subclass (bool too) */
pyvm_obj pyvm_float(double v);
/* float, int or __float__ to C; TypeError otherwise. */
int pyvm_float_value(pyvm_obj o, double *out);
int pyvm_is_float(pyvm_obj o);

/* ---- str and bytes ---- */
pyvm_obj pyvm_str(const char *utf8);                 /* NUL-terminated UTF-8 (validated) */
pyvm_obj pyvm_str_n(const char *utf8, size_t size);
/* printf-like: %s %d %i %u %ld %lu %lld %llu %zd %zu %x %c %p %%, and for
 * objects %R (repr) and %S (str). */
pyvm_obj pyvm_str_format(const char *fmt, ...);
/* The UTF-8 of a str (NUL-terminated, valid while the str lives); *size
 * gets its byte length if size is not NULL. TypeError if not a str. */
const char *pyvm_str_utf8(pyvm_obj o, size_t *size);
int pyvm_is_str(pyvm_obj o);
pyvm_obj pyvm_repr(pyvm_obj o);                      /* repr(o) */
pyvm_obj pyvm_to_str(pyvm_obj o);                    /* str(o) */
pyvm_obj pyvm_bytes(const void *data, size_t size);
/* A bytes object's data (read-only, valid while it lives). TypeError otherwise. */
const char *pyvm_bytes_data(pyvm_obj o, size_t *size);
int pyvm_is_bytes(pyvm_obj o);

/* ---- Containers ---- */
pyvm_obj pyvm_list_new(size_t n);                    /* n items, all None */
int pyvm_list_append(pyvm_obj list, pyvm_obj item);
int pyvm_is_list(pyvm_obj o);
pyvm_obj pyvm_tuple_new(const pyvm_obj *items, size_t n);
pyvm_obj pyvm_tuple_pack(size_t n, ...);             /* n pyvm_obj arguments */
int pyvm_is_tuple(pyvm_obj o);
/* Sequences (list, tuple, or anything with __getitem__/__len__). */
long pyvm_len(pyvm_obj o);                           /* len(o), -1 on error */
pyvm_obj pyvm_item(pyvm_obj seq, long i);            /* seq[i] (negative counts from the end) */
int pyvm_set_item(pyvm_obj seq, long i, pyvm_obj v); /* seq[i] = v */
pyvm_obj pyvm_getitem(pyvm_obj o, pyvm_obj key);     /* o[key] */
int pyvm_setitem(pyvm_obj o, pyvm_obj key, pyvm_obj v);
pyvm_obj pyvm_iter(pyvm_obj o);                      /* iter(o) */
/* next(it): NULL without exception when exhausted (check pyvm_err_occurred). */
pyvm_obj pyvm_next(pyvm_obj it);
pyvm_obj pyvm_dict_new(void);
/* d[key] for a C string key; NULL without exception when missing. */
pyvm_obj pyvm_dict_get(pyvm_obj d, const char *key);
int pyvm_dict_set(pyvm_obj d, const char *key, pyvm_obj v);
/* Iterate: size_t pos = 0; pyvm_obj k, v; while (pyvm_dict_next(d, &pos, &k, &v)) ... */
int pyvm_dict_next(pyvm_obj d, size_t *pos, pyvm_obj *key, pyvm_obj *value);
int pyvm_is_dict(pyvm_obj o);
/* Rich comparison: op is one of PYVM_LT..PYVM_GE; 1, 0 or -1 on error. */
enum { PYVM_LT, PYVM_LE, PYVM_EQ, PYVM_NE, PYVM_GT, PYVM_GE };
int pyvm_compare(pyvm_obj a, pyvm_obj b, int op);

/* ---- Calls and attributes ---- */
pyvm_obj pyvm_call(pyvm_obj callable, pyvm_obj *args, size_t nargs);
/* obj.name(*args) */
pyvm_obj pyvm_call_method(pyvm_obj obj, const char *name, pyvm_obj *args, size_t nargs);
pyvm_obj pyvm_getattr(pyvm_obj obj, const char *name);   /* AttributeError if missing */
int pyvm_setattr(pyvm_obj obj, const char *name, pyvm_obj v);
int pyvm_hasattr(pyvm_obj obj, const char *name);         /* 1 or 0 */
pyvm_obj pyvm_import(const char *name);                   /* import name */
/* Argument count check with CPython's wording: nargs in [min, max], no
 * keywords. -1 + TypeError naming fname otherwise. */
int pyvm_check_args(const char *fname, size_t nargs, pyvm_obj kwnames, size_t min, size_t max);

/* ---- Exceptions ---- */
/* A built-in exception class by name: "ValueError", "OSError"... NULL +
 * LookupError for an unknown name. */
pyvm_obj pyvm_exc(const char *name);
/* Raise cls(message) with the formats of pyvm_str_format; returns NULL. */
pyvm_obj pyvm_raise(pyvm_obj cls, const char *fmt, ...);
pyvm_obj pyvm_raise_errno(int err);        /* OSError subclass for errno err; NULL */
pyvm_obj pyvm_raise_object(pyvm_obj exc);  /* raise an instance or class; NULL */
pyvm_obj pyvm_err_occurred(void);          /* the pending exception or NULL */
pyvm_obj pyvm_err_fetch(void);             /* take the pending exception (clears it) */
void pyvm_err_clear(void);
void pyvm_err_print(void);                 /* print with traceback to sys.stderr, clear */
/* A new exception class name ("mod.Error") deriving from base (NULL: Exception). */
pyvm_obj pyvm_exc_new_class(const char *qualified_name, pyvm_obj base);

/* ---- GC ---- */
/* Register a C global or static holding an object (may be NULL at first). */
void pyvm_gc_root(pyvm_obj *slot);
void pyvm_gc_unroot(pyvm_obj *slot);
void pyvm_gc_collect(void);
/* An object owning a C pointer: free_fn(ptr) runs when it is collected
 * (it must not call back into pyvm). Read the pointer back with
 * pyvm_pointer_get (NULL + TypeError if o is no such object). */
pyvm_obj pyvm_pointer_new(void *ptr, void (*free_fn)(void *));
void *pyvm_pointer_get(pyvm_obj o);

/* ---- Modules and types ---- */
pyvm_obj pyvm_module_new(const char *name);
int pyvm_module_add(pyvm_obj module, const char *name, pyvm_obj v);
int pyvm_module_add_int(pyvm_obj module, const char *name, long long v);
int pyvm_module_add_str(pyvm_obj module, const char *name, const char *utf8);
/* The table is used in place: keep it static. */
int pyvm_module_add_functions(pyvm_obj module, const pyvm_method *table);
/* A new class `name` (bases: base, or object when NULL) whose methods are
 * the table's (self is the instance; PYVM_METH_STATIC: no self;
 * PYVM_METH_CLASS: self is the class). Instances have a __dict__: keep C
 * state in attributes (pyvm_pointer_new for C pointers). The class is
 * added to module under `name` when module is not NULL. Define __init__
 * in the table to take constructor arguments. */
pyvm_obj pyvm_type_new(pyvm_obj module, const char *name, pyvm_obj base,
                       const pyvm_method *methods);

/* ---- Blocking ---- */
/* A native function that must wait for long (I/O, a lock, a child
 * process) hands the wait to a worker OS thread, so the other green
 * threads keep running, by returning pyvm_blocking(...) directly:
 *   run(arg):     on a worker thread, WITHOUT the GIL: the blocking C work
 *                 only, no pyvm_* call; keep its result in *arg;
 *   finish(arg):  back on the VM thread with the GIL: build the Python
 *                 result from *arg (NULL + exception on failure); a NULL
 *                 finish means the result is None;
 *   release(arg): instead of finish when the calling green thread was
 *                 interrupted meanwhile; free what run() produced. May be
 *                 NULL.
 * self and name are the native function's own self argument and Python
 * name: the call leaves the VM thread only when Python code called that
 * function directly; otherwise (called from C, e.g. through map(), or
 * during a nested run of the interpreter) run() executes right there with
 * the GIL released, then finish(). arg belongs to the caller: free it in
 * finish/release. name also appears in deadlock reports. */
pyvm_obj pyvm_blocking(pyvm_obj self, void (*run)(void *arg), pyvm_obj (*finish)(void *arg),
                       void (*release)(void *arg), void *arg, const char *name);
/* A short section that may block without calling pyvm_*: releases the
 * GIL (other OS threads waiting for it, such as callback threads, get
 * in) and takes it back. Green threads do not run meanwhile: use
 * pyvm_blocking for long waits.
 *   int st = pyvm_gil_release(); ...C only...; pyvm_gil_restore(st); */
int pyvm_gil_release(void);
void pyvm_gil_restore(int state);
/* A C library's own OS thread calling into Python (callbacks): bracket
 * the pyvm_* calls with these. Nestable. */
typedef struct pyvm_foreign { void *saved, *thread; int mode; } pyvm_foreign;
void pyvm_foreign_enter(pyvm_foreign *st);
void pyvm_foreign_leave(pyvm_foreign *st);

/* The ABI version the running pyvm implements. */
int pyvm_abi_version(void);

#ifdef __cplusplus
}
#endif
#endif
