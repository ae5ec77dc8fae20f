/* client.c: load generator for bench/echo (runs outside pyvm).
 *   client PORT CONNS SECONDS        round trips of 64 bytes per connection,
 *                                    prints round trips per second
 *   client PORT CONNS idle PIDFILE   opens CONNS connections, checks each
 *                                    echoes once, then prints the server's
 *                                    VmRSS (kB) read from /proc/PID/status
 * 127.0.0.1 only. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MSG 64

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int dial(int port)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (int tries = 0; tries < 1000; tries++) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (connect(fd, (struct sockaddr *)&a, sizeof a) == 0) {
            int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            return fd;
        }
        close(fd);
        usleep(10000);
    }
    perror("connect");
    exit(1);
}

static void roundtrip(int fd)
{
    char buf[MSG];
    memset(buf, 'x', MSG);
    if (write(fd, buf, MSG) != MSG) { perror("write"); exit(1); }
    int got = 0;
    while (got < MSG) {
        ssize_t r = read(fd, buf + got, MSG - got);
        if (r <= 0) { perror("read"); exit(1); }
        got += r;
    }
}

static long rss_kb(const char *pidfile)
{
    FILE *f = fopen(pidfile, "r");
    int pid = 0;
    if (!f || fscanf(f, "%d", &pid) != 1) return -1;
    fclose(f);
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", pid);
    if (!(f = fopen(path, "r"))) return -1;
    long kb = -1;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "VmRSS:", 6)) kb = atol(line + 6);
    fclose(f);
    return kb;
}

int main(int argc, char **argv)
{
    if (argc < 4) { fprintf(stderr, "usage: client PORT CONNS SECONDS|idle PIDFILE\n"); return 2; }
    int port = atoi(argv[1]), n = atoi(argv[2]);
    int *fds = malloc(n * sizeof *fds);
    for (int i = 0; i < n; i++) fds[i] = dial(port);
    if (!strcmp(argv[3], "idle")) {
        for (int i = 0; i < n; i++) roundtrip(fds[i]);
        usleep(200000);
        printf("%ld\n", rss_kb(argv[4]));
        for (int i = 0; i < n; i++) close(fds[i]);
        return 0;
    }
    double secs = atof(argv[3]);
    int ep = epoll_create1(0);
    char buf[MSG];
    memset(buf, 'x', MSG);
    int *got = calloc(n, sizeof *got);
    for (int i = 0; i < n; i++) {
        struct epoll_event ev = {.events = EPOLLIN, .data.u32 = i};
        epoll_ctl(ep, EPOLL_CTL_ADD, fds[i], &ev);
        if (write(fds[i], buf, MSG) != MSG) { perror("write"); return 1; }
    }
    long trips = 0;
    double start = now(), end = start + secs, warm = start + 0.3;
    long warm_trips = -1;
    struct epoll_event evs[256];
    for (;;) {
        double t = now();
        if (warm_trips < 0 && t >= warm) { warm_trips = trips; warm = t; }
        if (t >= end) break;
        int k = epoll_wait(ep, evs, 256, 100);
        for (int j = 0; j < k; j++) {
            int i = evs[j].data.u32;
            ssize_t r = read(fds[i], buf, MSG - got[i]);
            if (r <= 0) { fprintf(stderr, "read: %s\n", r ? strerror(errno) : "EOF"); return 1; }
            got[i] += r;
            if (got[i] == MSG) {
                got[i] = 0;
                trips++;
                if (write(fds[i], buf, MSG) != MSG) { perror("write"); return 1; }
            }
        }
    }
    double el = now() - warm;
    printf("%.0f\n", (trips - (warm_trips < 0 ? 0 : warm_trips)) / el);
    for (int i = 0; i < n; i++) close(fds[i]);
    return 0;
}
