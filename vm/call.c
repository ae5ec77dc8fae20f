/* call.c: argument handling. pv_parse_args for C functions, and binding a
 * call's arguments to a Python function's parameters with CPython's
 * TypeError messages. */
#include "eval.h"
#include <string.h>

int pv_check_nargs(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (max == 0)
        pv_raise(&pv_exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else if (min == 1 && max == 1)
        pv_raise(&pv_exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    else if (min == max)
        pv_raise(&pv_exc_TypeError, "%s expected %zu argument%s, got %zu", fname, min,
                 min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        pv_raise(&pv_exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                 min == 1 ? "" : "s", nargs);
    else
        pv_raise(&pv_exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                 max == 1 ? "" : "s", nargs);
    return -1;
}

int pv_check_no_kwargs(const char *fname, Value kwnames)
{
    if (!kwnames || pv_tuple_size(kwnames) == 0)
        return 0;
    pv_raise(&pv_exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

/* Convert one argument per its format char; -1 with a TypeError. */
static int convert(const char *fname, int argno, const char *pname, char c, Value v, void *out)
{
    switch (c) {
    case 'O':
        *(Value *)out = v;
        return 0;
    case 'i': case 'n': case 'L': {
        if (pv_isinst(v, &pv_float_type)) {
            pv_raise(&pv_exc_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        Value iv = pv_index(v);
        if (!iv)
            return -1;
        int64_t n;
        if (pv_int_to_i64(iv, &n) < 0)
            return -1;
        if (c == 'i') {
            if (n > INT32_MAX || n < INT32_MIN) {
                pv_raise(&pv_exc_OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            *(int *)out = (int)n;
        } else if (c == 'n') {
            *(ssize_t *)out = (ssize_t)n;
        } else {
            *(int64_t *)out = n;
        }
        return 0;
    }
    case 'd': {
        if (!pv_isinst(v, &pv_float_type) && !pv_is_int(v) &&
            !pv_type_lookup_str(pv_type(v), "__float__") &&
            !pv_type_lookup_str(pv_type(v), "__index__")) {
            pv_raise(&pv_exc_TypeError, "must be real number, not %T", v);
            return -1;
        }
        return pv_float_as_double(v, (double *)out);
    }
    case 'p': {
        int t = pv_truthy(v);
        if (t < 0)
            return -1;
        *(bool *)out = t;
        return 0;
    }
    case 's': case 'U':
        if (!pv_is_str(v)) {
            if (pname && *pname)
                pv_raise(&pv_exc_TypeError, "%s() argument '%s' must be str, not %T", fname,
                         pname, v);
            else
                pv_raise(&pv_exc_TypeError, "%s() argument %d must be str, not %T", fname, argno,
                         v);
            return -1;
        }
        if (c == 's') {
            if (strlen(pv_str_data(v)) != pv_str_size(v)) {
                pv_raise(&pv_exc_ValueError, "embedded null character");
                return -1;
            }
            *(const char **)out = pv_str_data(v);
        } else {
            *(Value *)out = v;
        }
        return 0;
    }
    pv_raise(&pv_exc_SystemError, "bad format char '%c' in pv_parse_args", c);
    return -1;
}

int pv_parse_args(const char *fname, Value *args, size_t nargs, Value kwnames, const char *fmt,
                  const char *const *kwlist, ...)
{
    Value vals[64];
    char codes[64];
    size_t nparams = 0, nrequired = (size_t)-1, nposmax = (size_t)-1;
    for (const char *p = fmt; *p; p++) {
        if (*p == '|')
            nrequired = nparams;
        else if (*p == '$')
            nposmax = nparams;
        else if (nparams < 64)
            codes[nparams++] = *p;
    }
    if (nrequired == (size_t)-1)
        nrequired = nparams;
    if (nposmax == (size_t)-1)
        nposmax = nparams;
    size_t nkw = kwnames ? pv_tuple_size(kwnames) : 0;
    if (nkw && !kwlist) {
        pv_raise(&pv_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (!kwlist && (nargs > nparams || nargs < nrequired)) {
        /* PyArg_ParseTuple style */
        size_t n = nargs > nparams ? nparams : nrequired;
        pv_raise(&pv_exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
                 nrequired == nparams ? "exactly" : nargs > nparams ? "at most" : "at least", n,
                 n == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > nposmax) {
        if (nposmax == nrequired)
            pv_raise(&pv_exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)",
                     fname, nposmax == nparams ? "exactly" : "at most", nposmax,
                     nposmax == 1 ? "" : "s", nargs);
        else
            pv_raise(&pv_exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname,
                     nposmax, nposmax < nparams ? "positional " : "", nposmax == 1 ? "" : "s",
                     nargs);
        return -1;
    }
    for (size_t i = 0; i < nparams; i++)
        vals[i] = i < nargs ? args[i] : NULL;
    for (size_t k = 0; k < nkw; k++) {
        Value name = pv_tuple_items(kwnames)[k];
        size_t i;
        for (i = 0; i < nparams; i++)
            if (kwlist[i] && kwlist[i][0] && pv_str_eq_cstr(name, kwlist[i]))
                break;
        if (i == nparams) {
            pv_raise(&pv_exc_TypeError, "%s() got an unexpected keyword argument '%S'", fname,
                     name);
            return -1;
        }
        if (vals[i]) {
            pv_raise(&pv_exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                     fname, kwlist[i], i + 1);
            return -1;
        }
        vals[i] = args[nargs + k];
    }
    va_list ap;
    va_start(ap, kwlist);
    int rc = 0;
    for (size_t i = 0; i < nparams; i++) {
        void *out = va_arg(ap, void *);
        if (!vals[i]) {
            if (i < nrequired) {
                const char *pn = kwlist ? kwlist[i] : NULL;
                if (pn && *pn)
                    pv_raise(&pv_exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                             fname, pn, i + 1);
                else if (nrequired == nposmax)
                    pv_raise(&pv_exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
                             nrequired == nparams ? "exactly" : "at least", nrequired,
                             nrequired == 1 ? "" : "s", nargs);
                else
                    pv_raise(&pv_exc_TypeError, "%s() missing required argument (pos %zu)", fname,
                             i + 1);
                rc = -1;
                break;
            }
            continue;
        }
        if (convert(fname, (int)i + 1, kwlist ? kwlist[i] : NULL, codes[i], vals[i], out) < 0) {
            rc = -1;
            break;
        }
    }
    va_end(ap);
    return rc;
}

/* ---- binding Python parameters ---- */

static Value qualname_of(Value func)
{
    return ((PvFunction *)func)->qualname;
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static Value join_names(Value *names, size_t n)
{
    PvBuf b;
    pv_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            if (n == 2)
                pv_buf_append_cstr(&b, " and ");
            else if (i == n - 1)
                pv_buf_append_cstr(&b, ", and ");
            else
                pv_buf_append_cstr(&b, ", ");
        }
        pv_buf_append_cstr(&b, "'");
        pv_buf_append_str(&b, names[i]);
        pv_buf_append_cstr(&b, "'");
    }
    return pv_buf_finish_str(&b);
}

static int missing_error(Value func, Value *lp, int start, int end, bool kwonly,
                         Value defaults_dict, int first_default)
{
    PvCode *c = (PvCode *)((PvFunction *)func)->code;
    Value names = pv_list_new(0);
    if (!names)
        return -1;
    for (int i = start; i < end; i++) {
        if (lp[i])
            continue;
        if (!kwonly && i >= first_default)
            continue;
        Value nm = pv_tuple_items(c->varnames)[i];
        if (kwonly && defaults_dict && pv_dict_get(defaults_dict, nm))
            continue;
        pv_list_append(names, nm);
    }
    size_t n = pv_list_size(names);
    Value joined = join_names(pv_list_items(names), n);
    if (!joined)
        return -1;
    pv_raise(&pv_exc_TypeError, "%S() missing %zu required %s argument%s: %S", qualname_of(func),
             n, kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", joined);
    return -1;
}

int pv_bind_args(PvFrame *f, Value func, Value *args, size_t nargs, Value kwnames)
{
    PvFunction *fn = (PvFunction *)func;
    PvCode *c = (PvCode *)fn->code;
    Value *lp = f->localsplus;
    int argcount = c->argcount;
    int total = argcount + c->kwonlyargcount;
    Value kwdict = NULL;
    if (c->flags & PV_CO_VARKEYWORDS) {
        kwdict = pv_dict_new();
        if (!kwdict)
            return -1;
        lp[total + ((c->flags & PV_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++)
        lp[i] = args[i];
    if (c->flags & PV_CO_VARARGS) {
        Value t = nargs > n ? pv_tuple_from(args + n, nargs - n) : pv_empty_tuple;
        if (!t)
            return -1;
        lp[total] = t;
    }
    size_t nkw = kwnames ? pv_tuple_size(kwnames) : 0;
    Value *varnames = pv_tuple_items(c->varnames);
    for (size_t k = 0; k < nkw; k++) {
        Value name = pv_tuple_items(kwnames)[k];
        Value v = args[nargs + k];
        if (!pv_is_str(name)) {
            pv_raise(&pv_exc_TypeError, "keywords must be strings");
            return -1;
        }
        int j;
        for (j = c->posonlyargcount; j < total; j++)
            if (varnames[j] == name)
                break;
        if (j == total)
            for (j = c->posonlyargcount; j < total; j++)
                if (pv_str_eq(varnames[j], name))
                    break;
        if (j == total) {
            if (kwdict) {
                if (pv_dict_set(kwdict, name, v) < 0)
                    return -1;
                continue;
            }
            /* a positional-only parameter named by keyword? */
            Value po = NULL;
            for (size_t kk = 0; kk < nkw; kk++) {
                Value nm = pv_tuple_items(kwnames)[kk];
                for (int p = 0; p < c->posonlyargcount; p++)
                    if (pv_str_eq(varnames[p], nm)) {
                        if (!po)
                            po = pv_list_new(0);
                        if (!po)
                            return -1;
                        pv_list_append(po, nm);
                    }
            }
            if (po) {
                Value sep = pv_str_from_cstr(", ");
                Value joined = sep ? pv_str_join(sep, po) : NULL;
                if (!joined)
                    return -1;
                pv_raise(&pv_exc_TypeError,
                         "%S() got some positional-only arguments passed as keyword arguments: '%S'",
                         qualname_of(func), joined);
                return -1;
            }
            pv_raise(&pv_exc_TypeError, "%S() got an unexpected keyword argument '%S'",
                     qualname_of(func), name);
            return -1;
        }
        if (lp[j]) {
            pv_raise(&pv_exc_TypeError, "%S() got multiple values for argument '%S'",
                     qualname_of(func), name);
            return -1;
        }
        lp[j] = v;
    }
    if (nargs > (size_t)argcount && !(c->flags & PV_CO_VARARGS)) {
        size_t defcount = fn->defaults ? pv_tuple_size(fn->defaults) : 0;
        size_t kwonly_given = 0;
        for (int i = argcount; i < total; i++)
            if (lp[i])
                kwonly_given++;
        Value sig, kwsig;
        bool plural;
        if (defcount) {
            plural = true;
            sig = pv_str_printf("from %zu to %d", argcount - defcount, argcount);
        } else {
            plural = argcount != 1;
            sig = pv_str_printf("%d", argcount);
        }
        if (kwonly_given)
            kwsig = pv_str_printf(" positional argument%s (and %zu keyword-only argument%s)",
                                  nargs != 1 ? "s" : "", kwonly_given,
                                  kwonly_given != 1 ? "s" : "");
        else
            kwsig = pv_str_from_cstr("");
        if (!sig || !kwsig)
            return -1;
        pv_raise(&pv_exc_TypeError, "%S() takes %S positional argument%s but %zu%S %s given",
                 qualname_of(func), sig, plural ? "s" : "", nargs, kwsig,
                 nargs == 1 && !kwonly_given ? "was" : "were");
        return -1;
    }
    if (nargs < (size_t)argcount) {
        size_t defcount = fn->defaults ? pv_tuple_size(fn->defaults) : 0;
        int m = argcount - (int)defcount;
        for (int i = (int)nargs; i < m; i++)
            if (!lp[i])
                return missing_error(func, lp, (int)nargs, m, false, NULL, m);
        for (int i = (int)nargs > m ? (int)nargs : m; i < argcount; i++)
            if (!lp[i])
                lp[i] = pv_tuple_items(fn->defaults)[i - m];
    }
    if (c->kwonlyargcount) {
        for (int i = argcount; i < total; i++) {
            if (lp[i])
                continue;
            Value d = fn->kwdefaults ? pv_dict_get(fn->kwdefaults, varnames[i]) : NULL;
            if (!d)
                return missing_error(func, lp, argcount, total, true, fn->kwdefaults, 0);
            lp[i] = d;
        }
    }
    return 0;
}
