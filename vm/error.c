/* error.c: raising exceptions and the pending-exception slot of the
 * current green thread. The pending exception is always an instance. */
#include "eval.h"
#include <errno.h>
#include <string.h>

Value pv_err_occurred(void)
{
    return pv_current_thread->exc;
}

void pv_err_restore(Value exc)
{
    pv_current_thread->exc = exc;
}

Value pv_err_fetch(void)
{
    Value e = pv_current_thread->exc;
    pv_current_thread->exc = NULL;
    return e;
}

void pv_err_clear(void)
{
    pv_current_thread->exc = NULL;
}

bool pv_exc_matches(Value exc, Value cls)
{
    if (!exc)
        return false;
    PvType *t = pv_is_type(exc, &pv_type_type) || (pv_type(exc)->flags & PV_TPFLAG_TYPE_SUBCLASS)
                    ? (PvType *)exc : pv_type(exc);
    if (pv_is_type(cls, &pv_tuple_type)) {
        for (size_t i = 0; i < pv_tuple_size(cls); i++)
            if (pv_exc_matches((Value)t, pv_tuple_items(cls)[i]))
                return true;
        return false;
    }
    if (!(pv_type(cls)->flags & PV_TPFLAG_TYPE_SUBCLASS) && !pv_is_type(cls, &pv_type_type))
        return false;
    return pv_type_is_subtype(t, (PvType *)cls);
}

bool pv_err_matches(PvType *type)
{
    Value e = pv_current_thread->exc;
    return e && pv_type_is_subtype(pv_type(e), type);
}

/* Implicit chaining: the new exception's __context__ is the exception being
 * handled, with cycles in the context chain broken as CPython does. */
void pv_exc_set_context(Value exc)
{
    Value handled = pv_exc_handled();
    if (!handled || handled == exc || !pv_is_exc(exc))
        return;
    PvExc *o = (PvExc *)handled;
    int guard = 0;
    while (o && guard++ < 100000) {
        Value c = o->context;
        if (c == exc) {
            o->context = NULL;
            break;
        }
        o = c ? (PvExc *)c : NULL;
    }
    ((PvExc *)exc)->context = handled;
}

Value pv_raise_value(Value exc)
{
    if (pv_is_type(exc, &pv_type_type) || (pv_type(exc)->flags & PV_TPFLAG_TYPE_SUBCLASS)) {
        if (!(((PvType *)exc)->flags & PV_TPFLAG_EXC_SUBCLASS))
            return pv_raise(&pv_exc_TypeError, "exceptions must derive from BaseException");
        Value inst = pv_call0(exc);
        if (!inst)
            return NULL;
        if (!pv_is_exc(inst))
            return pv_raise(&pv_exc_TypeError,
                            "calling %R should have returned an instance of BaseException, not %T",
                            exc, inst);
        exc = inst;
    } else if (!pv_is_exc(exc)) {
        return pv_raise(&pv_exc_TypeError, "exceptions must derive from BaseException");
    }
    pv_exc_set_context(exc);
    pv_current_thread->exc = exc;
    return NULL;
}

Value pv_raisev(PvType *type, const char *fmt, va_list ap)
{
    Value msg = pv_str_vprintf(fmt, ap);
    if (!msg)
        return NULL;
    Value exc = pv_exc_new(type, &msg, 1);
    if (!exc)
        return NULL;
    return pv_raise_value(exc);
}

Value pv_raise(PvType *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pv_raisev(type, fmt, ap);
    va_end(ap);
    return NULL;
}

Value pv_raise_errno_filename(int err, Value filename)
{
    Value args[3];
    size_t n = 2;
    args[0] = pv_small(err);
    args[1] = pv_str_from_cstr(strerror(err));
    if (!args[1])
        return NULL;
    if (filename)
        args[n++] = filename;
    Value exc = pv_exc_new(&pv_exc_OSError, args, n);
    if (!exc)
        return NULL;
    return pv_raise_value(exc);
}

Value pv_raise_errno(int err)
{
    return pv_raise_errno_filename(err, NULL);
}

Value pv_raise_stop_iteration(Value value)
{
    Value exc = value && value != pv_None ? pv_exc_new(&pv_exc_StopIteration, &value, 1)
                                          : pv_exc_new(&pv_exc_StopIteration, NULL, 0);
    if (!exc)
        return NULL;
    return pv_raise_value(exc);
}
