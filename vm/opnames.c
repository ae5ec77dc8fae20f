/* opnames.c: opcode names and a readable disassembler (PYVM_DIS=1). */
#include <stdio.h>

#include "pv.h"
#include "opcode.h"

const char *const pv_opcode_names[OP__COUNT] = {
#define PV_OPCODE_NAME(name) #name,
    PV_OPCODES(PV_OPCODE_NAME)
#undef PV_OPCODE_NAME
};

static void put_value(FILE *f, Value v)
{
    Value r = pv_repr(v);
    if (!r) {
        pv_err_clear();
        fputs("<?>", f);
        return;
    }
    if (pv_str_size(r) > 60)
        fprintf(f, "%.57s...", pv_str_data(r));
    else
        fputs(pv_str_data(r), f);
}

static void put_tuple_item(FILE *f, Value t, size_t i)
{
    if (t && i < pv_tuple_size(t))
        fputs(pv_str_data(pv_tuple_items(t)[i]), f);
    else
        fprintf(f, "<bad index %zu>", i);
}

static bool has_jump(int op)
{
    switch (op) {
    case OP_JUMP_FORWARD: case OP_JUMP_ABSOLUTE: case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER: case OP_SETUP_FINALLY: case OP_SETUP_WITH: case OP_SETUP_ASYNC_WITH:
    case OP_JUMP_IF_NOT_EXC_MATCH:
        return true;
    default:
        return false;
    }
}

static const char *const binop_names[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

void pv_dis(Value code, void *file)
{
    FILE *f = file;
    PvCode *c = (PvCode *)code;
    fprintf(f, "Disassembly of <code %s (%s), file \"%s\", line %d>: stack %d, blocks %d, flags 0x%x, args %d/%d/%d\n",
            pv_str_data(c->name), pv_str_data(c->qualname), pv_str_data(c->filename),
            c->firstlineno, c->stacksize, c->blocksize, c->flags, c->argcount,
            c->posonlyargcount, c->kwonlyargcount);
    size_t ncell = c->cellvars ? pv_tuple_size(c->cellvars) : 0;
    int lastline = -1;
    for (size_t i = 0; i < c->ncode;) {
        uint32_t w = c->code[i];
        int op = PV_OP(w);
        unsigned arg = PV_ARG(w);
        if (c->pos && c->pos[i].line != lastline) {
            lastline = c->pos[i].line;
            fprintf(f, "%4d ", lastline);
        } else {
            fputs("     ", f);
        }
        const char *name = op < OP__COUNT ? pv_opcode_names[op] : "???";
        fprintf(f, "%5zu %-22s %u", i, name, arg);
        switch (op) {
        case OP_LOAD_CONST:
            fputs(" (", f);
            if (arg < pv_tuple_size(c->consts))
                put_value(f, pv_tuple_items(c->consts)[arg]);
            fputs(")", f);
            break;
        case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
        case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_STORE_ATTR:
        case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
            fputs(" (", f);
            put_tuple_item(f, c->names, arg);
            fputs(")", f);
            break;
        case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
            fputs(" (", f);
            put_tuple_item(f, c->varnames, arg);
            fputs(")", f);
            break;
        case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
        case OP_LOAD_CLASSDEREF:
            fputs(" (", f);
            if (arg < ncell)
                put_tuple_item(f, c->cellvars, arg);
            else
                put_tuple_item(f, c->freevars, arg - ncell);
            fputs(")", f);
            break;
        case OP_BINARY_OP:
            fprintf(f, " (%s%s)", (arg & 31) >= PV_OP_INPLACE ? "i" : "",
                    (arg & 15) < PV_OP_COUNT ? binop_names[arg & 15] : "?");
            break;
        case OP_COMPARE_OP:
            fprintf(f, " (%s)", arg < 6 ? cmp_names[arg] : "?");
            break;
        default:
            if (has_jump(op))
                fprintf(f, " (to %u)", arg);
            break;
        }
        fputc('\n', f);
        i += 1 + (size_t)pv_cache_words(op);
    }
    for (size_t k = 0; k < pv_tuple_size(c->consts); k++) {
        Value v = pv_tuple_items(c->consts)[k];
        if (pv_type(v) == &pv_code_type) {
            fputc('\n', f);
            pv_dis(v, f);
        }
    }
}
