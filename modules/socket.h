/* socket.h: shared between socket.c (the socket type) and socket_addr.c
 * (addresses, name resolution, module functions). */
#ifndef PV_SOCKET_H
#define PV_SOCKET_H

#include "../vm/sched.h"
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>

typedef union PvSockAddr {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage ss;
} PvSockAddr;

typedef struct PvSocket {
    PvObj h;
    Value dict;          /* instance __dict__ of Python subclasses */
    int fd;              /* -1 when closed / detached */
    int family, type, proto;
    int64_t timeout_ns;  /* -1: blocking, 0: non-blocking, > 0: timeout */
} PvSocket;

extern PvType pv_socket_type;
extern Value pv_socket_gaierror, pv_socket_herror;
extern int64_t pv_socket_default_timeout;

/* Python address -> sockaddr for family; -1 with exception. */
int pv_sock_getaddr(int family, Value addr, PvSockAddr *out, socklen_t *len, const char *caller);
/* sockaddr -> Python address. */
Value pv_sock_makeaddr(const struct sockaddr *sa, socklen_t len);
/* Module-level functions of socket_addr.c. */
extern const PvMethodDef pv_socket_addr_functions[];

#endif
