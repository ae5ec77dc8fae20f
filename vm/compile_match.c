/* compile_match.c: the match statement (filled in below). */
#include "compile.h"

void c_match(Compiler *C, PvNode *n)
{
    c_error(C, n, "match statements are not supported yet");
}
