/* marshal.c: the marshal module, a thin layer over vm/marshal.c (the
 * serializer shared with the compiled-code cache). */
#include "pv.h"

#define VERSION 4

static int version_arg(const char *fname, Value *args, size_t nargs, size_t i, int *version)
{
    *version = VERSION;
    if (nargs <= i)
        return 0;
    int64_t v;
    if (!pv_is_int(args[i])) {
        pv_raise(&pv_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[i]);
        return -1;
    }
    if (pv_int_to_i64(args[i], &v) < 0)
        return -1;
    *version = v < 0 ? 0 : v > VERSION ? VERSION : (int)v;
    (void)fname;
    return 0;
}

static Value dumps_value(Value v, int version)
{
    PvBuf b;
    pv_buf_init(&b);
    if (pv_marshal_write(v, version, &b) < 0) {
        pv_buf_free(&b);
        return NULL;
    }
    return pv_buf_finish_bytes(&b);
}

static Value m_dumps(Value self, Value *args, size_t nargs, Value kwnames)
{
    int version;
    if (pv_check_no_kwargs("dumps", kwnames) < 0 || pv_check_nargs("dumps", nargs, 1, 2) < 0 ||
        version_arg("dumps", args, nargs, 1, &version) < 0)
        return NULL;
    return dumps_value(args[0], version);
}

static Value m_dump(Value self, Value *args, size_t nargs, Value kwnames)
{
    int version;
    if (pv_check_no_kwargs("dump", kwnames) < 0 || pv_check_nargs("dump", nargs, 2, 3) < 0 ||
        version_arg("dump", args, nargs, 2, &version) < 0)
        return NULL;
    Value b = dumps_value(args[0], version);
    if (!b)
        return NULL;
    Value r = pv_call_method(args[1], "write", &b, 1);
    return r ? pv_None : NULL;
}

/* bytes, or a copy as bytes of another bytes-like object */
static Value as_bytes(Value v)
{
    if (pv_isinst(v, &pv_bytes_type))
        return v;
    if (pv_isinst(v, &pv_bytearray_type) || pv_isinst(v, &pv_memoryview_type))
        return pv_call1((Value)&pv_bytes_type, v);
    return pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", v);
}

static Value m_loads(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("loads", kwnames) < 0 || pv_check_nargs("loads", nargs, 1, 1) < 0)
        return NULL;
    Value b = as_bytes(args[0]);
    if (!b)
        return NULL;
    return pv_marshal_read(pv_bytes_data(b), pv_bytes_size(b), NULL);
}

/* load(file): reads the rest of the file, then seeks back to the end of
 * the object when the file can, so that consecutive loads work. */
static Value m_load(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("load", kwnames) < 0 || pv_check_nargs("load", nargs, 1, 1) < 0)
        return NULL;
    Value f = args[0];
    Value start = pv_call_method(f, "tell", NULL, 0);
    if (!start)
        pv_err_clear();
    Value data = pv_call_method(f, "read", NULL, 0);
    if (!data)
        return NULL;
    if (!pv_isinst(data, &pv_bytes_type))
        return pv_raise(&pv_exc_TypeError, "file.read() returned not bytes but %T", data);
    size_t used = 0;
    Value v = pv_marshal_read(pv_bytes_data(data), pv_bytes_size(data), &used);
    if (!v)
        return NULL;
    if (start && used < pv_bytes_size(data)) {
        Value pos = pv_binop(start, pv_int_from_u64(used), PV_OP_ADD);
        if (!pos || !pv_call_method(f, "seek", &pos, 1))
            return NULL;
    }
    return v;
}

static const PvMethodDef marshal_functions[] = {
    {"dumps", m_dumps, 0, "Return the bytes object that would be written to a file by dump(value, file)."},
    {"dump", m_dump, 0, "Write the value on the open file."},
    {"loads", m_loads, 0, "Convert the bytes-like object to a value."},
    {"load", m_load, 0, "Read one value from the open file and return it."},
    {NULL, NULL, 0, NULL},
};

Value pv_marshal_module_init(void)
{
    Value m = pv_module_new_cstr("marshal");
    if (!m || pv_module_add_functions(m, marshal_functions) < 0 ||
        pv_module_add_int(m, "version", VERSION) < 0)
        return NULL;
    return m;
}
