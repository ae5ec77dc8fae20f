/* testlib.c: a shared library the FFI tests (t/py/ffi_*.py) dlopen. It
 * exercises every scalar type, structs by value in and out, unions,
 * arrays, callbacks (also from a thread of its own), errno, a blocking
 * sleep, strings and arrays changed in place, and NULL handling. */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

/* ---- scalars ---- */
bool t_not(bool b) { return !b; }
char t_char_next(char c) { return (char)(c + 1); }
signed char t_schar(signed char c) { return (signed char)-c; }
unsigned char t_uchar(unsigned char c) { return (unsigned char)(c + 1); }
short t_short(short a, short b) { return (short)(a + b); }
unsigned short t_ushort(unsigned short a) { return (unsigned short)(a * 2); }
int t_int_add(int a, int b) { return a + b; }
unsigned int t_uint(unsigned int a) { return a + 1; }
long t_long(long a) { return -a; }
unsigned long t_ulong(unsigned long a) { return a * 2; }
long long t_llong(long long a, long long b) { return a * b; }
unsigned long long t_ullong(unsigned long long a) { return a + 1; }
int8_t t_i8(int8_t a) { return (int8_t)(a - 1); }
uint8_t t_u8(uint8_t a) { return (uint8_t)(a + 1); }
int16_t t_i16(int16_t a) { return (int16_t)(a - 1); }
uint16_t t_u16(uint16_t a) { return (uint16_t)(a + 1); }
int32_t t_i32(int32_t a) { return a - 1; }
uint32_t t_u32(uint32_t a) { return a + 1; }
int64_t t_i64(int64_t a) { return a - 1; }
uint64_t t_u64(uint64_t a) { return a + 1; }
size_t t_size(size_t a) { return a + 1; }
ssize_t t_ssize(ssize_t a) { return a - 1; }
intptr_t t_intptr(intptr_t a) { return a; }
float t_float(float a) { return a * 2.0f; }
double t_double(double a, double b) { return a * b; }
double t_mixed(int a, double b, float c, long long d) { return a + b + c + (double)d; }
int t_many(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
}
void t_void(void) {}

/* ---- structs and unions ---- */
struct point { int x, y; };
struct rect { struct point a, b; char name[8]; };
struct dpair { double a, b; };
struct big { long long v[5]; };
union num { int i; float f; unsigned char bytes[4]; };

struct point t_point_make(int x, int y) { struct point p = {x, y}; return p; }
int t_point_sum(struct point p) { return p.x + p.y; }
void t_point_scale(struct point *p, int k) { p->x *= k; p->y *= k; }
int t_rect_area(struct rect r) { return (r.b.x - r.a.x) * (r.b.y - r.a.y); }
struct rect t_rect_make(int w, int h)
{
    struct rect r = {{0, 0}, {w, h}, "rect"};
    return r;
}
struct dpair t_dpair_swap(struct dpair p) { struct dpair q = {p.b, p.a}; return q; }
struct big t_big_make(long long base)
{
    struct big b;
    for (int i = 0; i < 5; i++)
        b.v[i] = base + i;
    return b;
}
long long t_big_sum(struct big b)
{
    long long s = 0;
    for (int i = 0; i < 5; i++)
        s += b.v[i];
    return s;
}
int t_union_int(union num n) { return n.i; }

/* ---- strings, arrays, pointers ---- */
void t_upper(char *s) { for (; *s; s++) if (*s >= 'a' && *s <= 'z') *s -= 32; }
const char *t_greeting(void) { return "hello from C"; }
const char *t_null_string(void) { return NULL; }
int t_is_null(const void *p) { return p == NULL; }
void *t_null_ptr(void) { return NULL; }
long t_sum_ints(const int *a, int n) { long s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
void t_fill_doubles(double *a, int n) { for (int i = 0; i < n; i++) a[i] = i * 0.5; }
size_t t_bytes_len(const char *s) { return strlen(s); }
static int counter_value = 7;
int *t_counter_ptr(void) { return &counter_value; }
int t_counter_get(void) { return counter_value; }

/* ---- errno ---- */
int t_set_errno(int e) { errno = e; return -1; }

/* ---- callbacks ---- */
int t_apply(int (*f)(int, int), int a, int b) { return f(a, b); }
double t_apply_d(double (*f)(double), double x) { return f(x); }
int t_apply_point(int (*f)(struct point), int x, int y) { struct point p = {x, y}; return f(p); }

struct thread_call { int (*f)(int); int arg; int result; };
static void *thread_main(void *p)
{
    struct thread_call *c = p;
    c->result = c->f(c->arg);
    return NULL;
}
/* Calls f(arg) on a new pthread of this library and returns its result. */
int t_call_in_thread(int (*f)(int), int arg)
{
    struct thread_call c = {f, arg, -1};
    pthread_t th;
    if (pthread_create(&th, NULL, thread_main, &c) != 0)
        return -2;
    pthread_join(th, NULL);
    return c.result;
}

/* ---- blocking ---- */
int t_sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
    return ms;
}
/* Sleeps, then writes into the caller's buffer (pinned during the call). */
int t_sleep_fill(char *buf, int n, int ms)
{
    t_sleep_ms(ms);
    for (int i = 0; i < n; i++)
        buf[i] = (char)('a' + i % 26);
    return n;
}
