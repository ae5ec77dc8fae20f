/* socket_addr.c: socket addresses between Python and C, name resolution
 * (getaddrinfo and friends run on a worker thread, so that a slow DNS
 * answer parks only the asking green thread), and the small module
 * functions: inet_aton/ntoa/pton/ntop, hton and ntoh, gethostname. */
#include "socket.h"
#include "../vm/str_impl.h"
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

Value pv_socket_gaierror, pv_socket_herror;

static Value gai_exc(int err)
{
    Value args[2] = {pv_small(err), pv_str_from_cstr(gai_strerror(err))};
    if (!args[1])
        return NULL;
    return pv_call(pv_socket_gaierror, args, 2, NULL);
}

/* ---- Python host -> C ---- */

/* Numeric or resolvable host for family into *out (port left 0). */
static int host_to_addr(int family, Value host, PvSockAddr *out, socklen_t *len)
{
    const char *h;
    if (pv_is_str(host))
        h = ((PvStr *)(host))->data;
    else if (pv_isinst(host, &pv_bytes_type))
        h = pv_bytes_data(host);
    else {
        pv_raise(&pv_exc_TypeError, "str, bytes or bytearray expected, not %T", host);
        return -1;
    }
    memset(out, 0, sizeof *out);
    if (family == AF_INET) {
        out->in4.sin_family = AF_INET;
        *len = sizeof out->in4;
        if (!*h) {
            out->in4.sin_addr.s_addr = htonl(INADDR_ANY);
            return 0;
        }
        if (!strcmp(h, "<broadcast>")) {
            out->in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
            return 0;
        }
        if (inet_pton(AF_INET, h, &out->in4.sin_addr) == 1)
            return 0;
    } else {
        out->in6.sin6_family = AF_INET6;
        *len = sizeof out->in6;
        if (!*h) {
            out->in6.sin6_addr = in6addr_any;
            return 0;
        }
        if (inet_pton(AF_INET6, h, &out->in6.sin6_addr) == 1)
            return 0;
    }
    /* a name: resolved inline (a blocking call, as in CPython's connect) */
    struct addrinfo hints = {.ai_family = family}, *res;
    int err = getaddrinfo(h, NULL, &hints, &res);
    if (err) {
        Value e = gai_exc(err);
        if (e)
            pv_raise_value(e);
        return -1;
    }
    memcpy(out, res->ai_addr, res->ai_addrlen);
    *len = res->ai_addrlen;
    freeaddrinfo(res);
    return 0;
}

int pv_sock_getaddr(int family, Value addr, PvSockAddr *out, socklen_t *len, const char *caller)
{
    if (family == AF_UNIX) {
        const char *p;
        size_t n;
        if (pv_is_str(addr)) {
            p = ((PvStr *)(addr))->data;
            n = ((PvStr *)addr)->size;
        } else if (!pv_bytes_like(addr, &p, &n)) {
            pv_raise(&pv_exc_TypeError, "%s(): AF_UNIX address must be str or bytes, not %T", caller, addr);
            return -1;
        }
        memset(out, 0, sizeof *out);
        if (n >= sizeof out->un.sun_path) {
            pv_raise(&pv_exc_OSError, "AF_UNIX path too long");
            return -1;
        }
        out->un.sun_family = AF_UNIX;
        memcpy(out->un.sun_path, p, n);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + (n && p[0] ? 1 : 0));
        return 0;
    }
    if (family != AF_INET && family != AF_INET6) {
        pv_raise(&pv_exc_OSError, "%s(): bad family", caller);
        return -1;
    }
    if (!pv_is_type(addr, &pv_tuple_type)) {
        pv_raise(&pv_exc_TypeError, "%s(): AF_INET%s address must be tuple, not %T", caller,
                 family == AF_INET6 ? "6" : "", addr);
        return -1;
    }
    size_t n = pv_tuple_size(addr);
    Value *it = pv_tuple_items(addr);
    if (family == AF_INET ? n != 2 : (n < 2 || n > 4)) {
        pv_raise(&pv_exc_TypeError, family == AF_INET ? "AF_INET address must be a pair (host, port)"
                                                      : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        return -1;
    }
    int64_t port;
    if (!pv_is_int(it[1])) {
        pv_raise(&pv_exc_TypeError, "'%T' object cannot be interpreted as an integer", it[1]);
        return -1;
    }
    if (pv_int_to_i64(it[1], &port) < 0 || port < 0 || port > 65535) {
        pv_err_clear();
        pv_raise(&pv_exc_OverflowError, "%s(): port must be 0-65535.", caller);
        return -1;
    }
    if (host_to_addr(family, it[0], out, len) < 0)
        return -1;
    if (out->sa.sa_family == AF_INET) {
        out->in4.sin_port = htons((uint16_t)port);
    } else {
        out->in6.sin6_port = htons((uint16_t)port);
        int64_t x;
        if (n > 2 && pv_int_to_i64(it[2], &x) == 0)
            out->in6.sin6_flowinfo = htonl((uint32_t)x);
        if (n > 3 && pv_int_to_i64(it[3], &x) == 0)
            out->in6.sin6_scope_id = (uint32_t)x;
        if (pv_err_occurred())
            return -1;
    }
    return 0;
}

Value pv_sock_makeaddr(const struct sockaddr *sa, socklen_t len)
{
    char buf[INET6_ADDRSTRLEN];
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *a = (const void *)sa;
        inet_ntop(AF_INET, &a->sin_addr, buf, sizeof buf);
        return pv_tuple_pack(2, pv_str_from_cstr(buf), pv_small(ntohs(a->sin_port)));
    }
    case AF_INET6: {
        const struct sockaddr_in6 *a = (const void *)sa;
        inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof buf);
        return pv_tuple_pack(4, pv_str_from_cstr(buf), pv_small(ntohs(a->sin6_port)),
                             pv_small(ntohl(a->sin6_flowinfo)), pv_small(a->sin6_scope_id));
    }
    case AF_UNIX: {
        const struct sockaddr_un *a = (const void *)sa;
        size_t n = len > offsetof(struct sockaddr_un, sun_path) ? len - offsetof(struct sockaddr_un, sun_path) : 0;
        if (n && a->sun_path[0] == 0) /* Linux abstract namespace */
            return pv_bytes_new(a->sun_path, n);
        return pv_str_from_cstr(n ? a->sun_path : "");
    }
    default:
        return pv_tuple_pack(2, pv_small(sa->sa_family), pv_bytes_new(sa->sa_data, sizeof sa->sa_data));
    }
}

/* ---- getaddrinfo on a worker ---- */

typedef struct Gai {
    PvJob job;
    PvThread *t;
    char *host, *port;
    struct addrinfo hints;
    struct addrinfo *res;
    int err;
    bool byname;    /* gethostbyname: the first IPv4 address as a str */
} Gai;

static void gai_run(PvJob *job)
{
    Gai *g = (Gai *)job;
    g->err = getaddrinfo(g->host, g->port, &g->hints, &g->res);
}

static void gai_free(Gai *g)
{
    if (g->res)
        freeaddrinfo(g->res);
    free(g->host);
    free(g->port);
    free(g);
}

static void gai_cleanup(PvJob *job) { gai_free((Gai *)job); }

static Value gai_result(Gai *g)
{
    if (g->err) {
        Value e = gai_exc(g->err);
        return e ? pv_raise_value(e) : NULL;
    }
    if (g->byname) {
        char buf[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &((struct sockaddr_in *)g->res->ai_addr)->sin_addr, buf, sizeof buf);
        return pv_str_from_cstr(buf);
    }
    Value list = pv_list_new(0);
    if (!list)
        return NULL;
    for (struct addrinfo *a = g->res; a; a = a->ai_next) {
        Value addr = pv_sock_makeaddr(a->ai_addr, a->ai_addrlen);
        Value canon = addr ? pv_str_from_cstr(a->ai_canonname ? a->ai_canonname : "") : NULL;
        Value item = canon ? pv_tuple_pack(5, pv_small(a->ai_family), pv_small(a->ai_socktype),
                                           pv_small(a->ai_protocol), canon, addr)
                           : NULL;
        if (!item || pv_list_append(list, item) < 0)
            return NULL;
    }
    return list;
}

static void gai_done(PvJob *job)
{
    Gai *g = (Gai *)job;
    PvThread *save = pv_current_thread;
    pv_current_thread = g->t; /* exceptions land in the asking thread */
    Value saved = g->t->exc;
    g->t->exc = NULL;
    Value r = gai_result(g);
    Value exc = r ? NULL : pv_err_fetch();
    g->t->exc = saved;
    pv_current_thread = save;
    PvThread *t = g->t;
    gai_free(g);
    pv_sched_wake(t, r ? r : pv_None, exc);
}

static char *opt_str(Value v, bool *bad)
{
    *bad = false;
    if (v == pv_None)
        return NULL;
    if (pv_is_str(v))
        return strdup(((PvStr *)(v))->data);
    if (pv_isinst(v, &pv_bytes_type))
        return strdup(pv_bytes_data(v));
    if (pv_is_int(v)) {
        int64_t n;
        if (pv_int_to_i64(v, &n) < 0)
            return *bad = true, NULL;
        char buf[32];
        snprintf(buf, sizeof buf, "%lld", (long long)n);
        return strdup(buf);
    }
    *bad = true;
    pv_raise(&pv_exc_TypeError, "getaddrinfo() argument 1 must be string or None");
    return NULL;
}

/* A numeric address (or none) needs no lookup: resolve it inline. */
static bool is_numeric(const char *host)
{
    unsigned char buf[16];
    return !host || inet_pton(AF_INET, host, buf) == 1 || inet_pton(AF_INET6, host, buf) == 1;
}

static Value resolve(Gai *g, const char *name)
{
    if (!is_numeric(g->host) && pv_sched_can_soft_block(NULL, name)) {
        g->t = pv_current_thread;
        g->job.run = gai_run;
        g->job.done = gai_done;
        g->job.cleanup = gai_cleanup;
        if (pv_job_submit(&g->job) == 0) {
            pv_sched_block_real(&g->job, name);
            return pv_None;
        }
    }
    gai_run(&g->job); /* preemption, or no worker: resolve inline */
    Value r = gai_result(g);
    gai_free(g);
    return r;
}

static Value s_getaddrinfo(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    static const char *const kw[] = {"host", "port", "family", "type", "proto", "flags", NULL};
    Value host, port;
    int family = 0, type = 0, proto = 0, flags = 0;
    if (pv_parse_args("getaddrinfo", args, nargs, kwnames, "OO|iiii", kw, &host, &port, &family,
                      &type, &proto, &flags) < 0)
        return NULL;
    Gai *g = calloc(1, sizeof *g);
    if (!g)
        return pv_nomemory();
    bool bad;
    g->host = opt_str(host, &bad);
    if (!bad)
        g->port = opt_str(port, &bad);
    if (bad) {
        gai_free(g);
        if (!pv_err_occurred())
            pv_raise(&pv_exc_OSError, "Int or String expected");
        return NULL;
    }
    g->hints.ai_family = family;
    g->hints.ai_socktype = type;
    g->hints.ai_protocol = proto;
    g->hints.ai_flags = flags;
    return resolve(g, "getaddrinfo");
}

static Value s_gethostbyname(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    const char *host;
    if (pv_parse_args("gethostbyname", args, nargs, kwnames, "s", NULL, &host) < 0)
        return NULL;
    Gai *g = calloc(1, sizeof *g);
    if (!g || !(g->host = strdup(host))) {
        free(g);
        return pv_nomemory();
    }
    g->hints.ai_family = AF_INET;
    g->byname = true;
    return resolve(g, "gethostbyname");
}

static Value s_gethostname(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)args;
    if (pv_arg_none("gethostname", nargs, kwnames) < 0)
        return NULL;
    char buf[256];
    if (gethostname(buf, sizeof buf) < 0)
        return pv_raise_errno(errno);
    buf[sizeof buf - 1] = 0;
    return pv_str_from_cstr(buf);
}

/* ---- inet_* ---- */

static Value s_inet_aton(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    const char *s;
    if (pv_parse_args("inet_aton", args, nargs, kwnames, "s", NULL, &s) < 0)
        return NULL;
    struct in_addr a;
    if (!inet_aton(s, &a))
        return pv_raise(&pv_exc_OSError, "illegal IP address string passed to inet_aton");
    return pv_bytes_new((const char *)&a, 4);
}

static Value s_inet_ntoa(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("inet_ntoa", kwnames) < 0 || pv_check_nargs("inet_ntoa", nargs, 1, 1) < 0)
        return NULL;
    const char *p;
    size_t n;
    if (!pv_bytes_like(args[0], &p, &n))
        return pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", args[0]);
    if (n != 4)
        return pv_raise(&pv_exc_OSError, "packed IP wrong length for inet_ntoa");
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, p, buf, sizeof buf);
    return pv_str_from_cstr(buf);
}

static Value s_inet_pton(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    int af;
    const char *s;
    if (pv_parse_args("inet_pton", args, nargs, kwnames, "is", NULL, &af, &s) < 0)
        return NULL;
    unsigned char buf[16];
    int r = inet_pton(af, s, buf);
    if (r < 0)
        return pv_raise_errno(errno);
    if (r == 0)
        return pv_raise(&pv_exc_OSError, "illegal IP address string passed to inet_pton");
    return pv_bytes_new((const char *)buf, af == AF_INET ? 4 : 16);
}

static Value s_inet_ntop(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("inet_ntop", kwnames) < 0 || pv_check_nargs("inet_ntop", nargs, 2, 2) < 0)
        return NULL;
    int64_t af;
    const char *p;
    size_t n;
    if (pv_int_to_i64(args[0], &af) < 0)
        return NULL;
    if (!pv_bytes_like(args[1], &p, &n))
        return pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", args[1]);
    if (af != AF_INET && af != AF_INET6)
        return pv_raise_errno(EAFNOSUPPORT);
    if (n != (af == AF_INET ? 4u : 16u))
        return pv_raise(&pv_exc_ValueError, "invalid length of packed IP address string");
    char buf[INET6_ADDRSTRLEN];
    inet_ntop((int)af, p, buf, sizeof buf);
    return pv_str_from_cstr(buf);
}

static Value hton_common(const char *name, Value *args, size_t nargs, Value kwnames, int bits, bool to_net)
{
    if (pv_check_no_kwargs(name, kwnames) < 0 || pv_check_nargs(name, nargs, 1, 1) < 0)
        return NULL;
    int64_t x;
    if (pv_int_to_i64(args[0], &x) < 0)
        return NULL;
    if (x < 0)
        return pv_raise(&pv_exc_OverflowError, "%s: can't convert negative Python int to C %s", name,
                        bits == 16 ? "16-bit unsigned integer" : "unsigned long");
    if ((bits == 16 && x > 0xffff) || (bits == 32 && x > 0xffffffffLL))
        return pv_raise(&pv_exc_OverflowError, "%s: Python int too large to convert to C %s", name,
                        bits == 16 ? "16-bit unsigned integer" : "unsigned long");
    if (bits == 16)
        return pv_small(to_net ? htons((uint16_t)x) : ntohs((uint16_t)x));
    return pv_small(to_net ? htonl((uint32_t)x) : ntohl((uint32_t)x));
}

#define HTON(fn, bits, net)                                                      \
    static Value s_##fn(Value self, Value *args, size_t nargs, Value kwnames)    \
    {                                                                            \
        (void)self;                                                              \
        return hton_common(#fn, args, nargs, kwnames, bits, net);                \
    }
HTON(htons, 16, true)
HTON(ntohs, 16, false)
HTON(htonl, 32, true)
HTON(ntohl, 32, false)

const PvMethodDef pv_socket_addr_functions[] = {
    {"getaddrinfo", s_getaddrinfo, 0, NULL},
    {"gethostbyname", s_gethostbyname, 0, NULL},
    {"gethostname", s_gethostname, 0, NULL},
    {"inet_aton", s_inet_aton, 0, NULL},
    {"inet_ntoa", s_inet_ntoa, 0, NULL},
    {"inet_pton", s_inet_pton, 0, NULL},
    {"inet_ntop", s_inet_ntop, 0, NULL},
    {"htons", s_htons, 0, NULL},
    {"ntohs", s_ntohs, 0, NULL},
    {"htonl", s_htonl, 0, NULL},
    {"ntohl", s_ntohl, 0, NULL},
    {NULL, NULL, 0, NULL},
};
