/* A plain add-on for t/py/addon_plain.py and addon_block.py: no VM
 * headers, only the descriptor of <pyvm/addon.h>. */
#include <pyvm/addon.h>
#include <string.h>
#include <unistd.h>

static int add(int a, int b) { return a + b; }
static double scale(double x, double k) { return x * k; }
static const char *greeting(void) { return "hello from C"; }
static size_t count_bytes(const char *s) { return strlen(s); }
static void fill(char *buf, size_t n, int c) { memset(buf, c, n); }
static unsigned nap(unsigned ms) { usleep(ms * 1000u); return ms; }
static int init_calls;
static int on_init(void) { init_calls++; return 0; }
static int get_init_calls(void) { return init_calls; }

static const pyvm_addon_func funcs[] = {
    {"int add(int, int)", (void *)add, PYVM_NONBLOCKING},
    {"double scale(double, double)", (void *)scale, PYVM_NONBLOCKING},
    {"const char *greeting(void)", (void *)greeting, PYVM_NONBLOCKING},
    {"size_t count_bytes(const char *)", (void *)count_bytes, PYVM_NONBLOCKING},
    {"void fill(char *, size_t, int)", (void *)fill, PYVM_NONBLOCKING},
    {"unsigned nap(unsigned)", (void *)nap, PYVM_BLOCKING},
    {"int get_init_calls(void)", (void *)get_init_calls, PYVM_NONBLOCKING},
    {"size_t strlen(const char *)", NULL, PYVM_NONBLOCKING}, /* found by name */
    {NULL, NULL, 0}};

static const pyvm_addon_const consts[] = {
    PYVM_CONST_INT("ANSWER", 42), PYVM_CONST_INT("BIG", -1234567890123LL),
    PYVM_CONST_FLOAT("HALF", 0.5), PYVM_CONST_STR("LABEL", "plain \xc3\xa9"),
    {NULL, 0, 0, 0, NULL}};

PYVM_ADDON(plaintest) = {PYVM_ADDON_ABI, "plaintest", "A plain test add-on.", funcs, consts,
                         on_init};
