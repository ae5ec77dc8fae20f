/* pwdgrp.c: `_pwdgrp`, the C half of Lib/pwd.py and Lib/grp.py: the
 * password and group databases through the C library (so NSS sources
 * count, not just /etc/passwd). Entries come back as tuples; the Python
 * files make CPython's struct_passwd / struct_group of them. */
#include "pv.h"
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>

#define FN(name) static Value name(Value self, Value *args, size_t nargs, Value kwnames)

static Value str_or_empty(const char *s)
{
    return pv_str_decode_utf8(s ? s : "", s ? strlen(s) : 0, "surrogateescape");
}

static Value pw_tuple(const struct passwd *p)
{
    return pv_tuple_pack(7, str_or_empty(p->pw_name), str_or_empty(p->pw_passwd),
                         pv_int_from_i64(p->pw_uid), pv_int_from_i64(p->pw_gid),
                         str_or_empty(p->pw_gecos), str_or_empty(p->pw_dir),
                         str_or_empty(p->pw_shell));
}

static Value gr_tuple(const struct group *g)
{
    Value mem = pv_list_new(0);
    for (char **m = g->gr_mem; mem && m && *m; m++)
        if (pv_list_append(mem, str_or_empty(*m)) < 0)
            return NULL;
    return mem ? pv_tuple_pack(4, str_or_empty(g->gr_name), str_or_empty(g->gr_passwd),
                               pv_int_from_i64(g->gr_gid), mem)
               : NULL;
}

/* by id (int) or by name (str): the tuple, or None when there is none */
static Value lookup(Value key, bool group)
{
    size_t cap = 4096;
    for (;;) {
        char *buf = malloc(cap);
        if (!buf)
            return pv_nomemory();
        int e;
        Value r = pv_None;
        if (group) {
            struct group g, *res = NULL;
            if (pv_is_int(key)) {
                int64_t id;
                if (pv_int_to_i64(key, &id) < 0) {
                    free(buf);
                    return NULL;
                }
                e = getgrgid_r((gid_t)id, &g, buf, cap, &res);
            } else {
                e = getgrnam_r(pv_str_data(key), &g, buf, cap, &res);
            }
            if (!e && res)
                r = gr_tuple(res);
        } else {
            struct passwd p, *res = NULL;
            if (pv_is_int(key)) {
                int64_t id;
                if (pv_int_to_i64(key, &id) < 0) {
                    free(buf);
                    return NULL;
                }
                e = getpwuid_r((uid_t)id, &p, buf, cap, &res);
            } else {
                e = getpwnam_r(pv_str_data(key), &p, buf, cap, &res);
            }
            if (!e && res)
                r = pw_tuple(res);
        }
        free(buf);
        if (e == ERANGE && cap < (1u << 24)) {
            cap *= 4;
            continue;
        }
        return r;
    }
}

FN(f_getpw)
{
    (void)self;
    if (pv_check_no_kwargs("_getpw", kwnames) < 0 || pv_check_nargs("_getpw", nargs, 1, 1) < 0)
        return NULL;
    return lookup(args[0], false);
}

FN(f_getgr)
{
    (void)self;
    if (pv_check_no_kwargs("_getgr", kwnames) < 0 || pv_check_nargs("_getgr", nargs, 1, 1) < 0)
        return NULL;
    return lookup(args[0], true);
}

FN(f_getpwall)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    Value l = pv_list_new(0);
    struct passwd *p;
    setpwent();
    while (l && (p = getpwent()))
        if (pv_list_append(l, pw_tuple(p)) < 0)
            l = NULL;
    endpwent();
    return l;
}

FN(f_getgrall)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    Value l = pv_list_new(0);
    struct group *g;
    setgrent();
    while (l && (g = getgrent()))
        if (pv_list_append(l, gr_tuple(g)) < 0)
            l = NULL;
    endgrent();
    return l;
}

static const PvMethodDef pwdgrp_functions[] = {
    {"_getpw", f_getpw, 0, NULL},
    {"_getgr", f_getgr, 0, NULL},
    {"getpwall", f_getpwall, 0, NULL},
    {"getgrall", f_getgrall, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_pwdgrp_module_init(void)
{
    Value m = pv_module_new_cstr("_pwdgrp");
    if (!m || pv_module_add_functions(m, pwdgrp_functions) < 0)
        return NULL;
    return m;
}
