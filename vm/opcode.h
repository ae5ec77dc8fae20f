/* opcode.h: the bytecode, the contract between compile.c and eval.c.
 *
 * An instruction is one 32-bit word: opcode in the low 8 bits, argument in
 * the high 24 bits (no EXTENDED_ARG: 16M is enough for any index or jump).
 * Some instructions are followed by PV_CACHE_WORDS(op) cache words that the
 * compiler emits as 0 and eval.c owns (inline caches).
 *
 * Jump arguments are ABSOLUTE word indices into the code array.
 * Every backward jump is JUMP_ABSOLUTE and only backward jumps use it: it is
 * where the scheduler's tick is checked. All other jumps (JUMP_FORWARD and
 * the conditional jumps) go forward only and never check the tick.
 *
 * The stack semantics follow CPython 3.9 unless stated otherwise. Notation:
 * TOS top of stack, TOS1 the one below, ... "[a, b] -> [c]" shows the top
 * of the stack before and after (rightmost is TOS).
 *
 * Exceptions use a per-frame block stack (PvCode.blocksize deep):
 *  SETUP_FINALLY(target) pushes a handler block remembering the stack level L.
 *  When an exception is raised, blocks are popped:
 *   - an EXCEPT_HANDLER block (pushed below) restores the thread's "handled
 *     exception" from stack[L] and pops the stack to L; continue unwinding;
 *   - a SETUP_FINALLY block: pop the stack to L, push an EXCEPT_HANDLER
 *     block with level L, push the previously handled exception (or None),
 *     push the exception instance, make it the handled exception
 *     (sys.exc_info), and jump to target.
 *  So a handler starts with [.., prev_exc, exc].
 *  If no block is left, the frame returns with the exception.
 *
 * try/except E as e:  SETUP_FINALLY h; body; POP_BLOCK; JUMP_FORWARD end;
 *   h: DUP_TOP; <E>; JUMP_IF_NOT_EXC_MATCH next; STORE e; <handler body>;
 *      POP_EXCEPT; (e = None; del e); JUMP_FORWARD end;
 *   next: ... RERAISE
 * try/finally: the finally body is emitted twice (normal path after
 *   POP_BLOCK, and at the handler, which ends with RERAISE), as CPython 3.9.
 * with m as x: <m>; SETUP_WITH h; STORE x; body; POP_BLOCK;
 *   LOAD_CONST None; DUP_TOP; DUP_TOP; CALL_FUNCTION 3; POP_TOP; JUMP_FORWARD end;
 *   h: WITH_EXCEPT_START; POP_JUMP_IF_TRUE s; RERAISE;
 *   s: POP_TOP; POP_EXCEPT; POP_TOP; end:
 *   (SETUP_WITH pushes its block after pushing exit, so the block level
 *   includes exit.)
 * Generators: code with PV_CO_GENERATOR starts with GEN_START; YIELD_VALUE
 *   [v] -> [sent]; functions, classes, MAKE_FUNCTION, CALL_*, LOAD_METHOD,
 *   IMPORT_*, pattern matching and async opcodes follow CPython 3.10.
 *
 * Front-end decisions (compile.c; the eval side follows them):
 *  - MAKE_FUNCTION [defaults?, kwdefaults?, annotations?, closure?, code,
 *    qualname] in that order; flag 4 annotations is a flat tuple
 *    (name0, value0, name1, value1, ...) with "return" for the return
 *    annotation; kwdefaults a dict; closure a tuple of cells.
 *  - CALL_FUNCTION_KW / CALL_METHOD_KW n: n counts positional AND keyword
 *    values; kwnames (last) names the trailing len(kwnames) values.
 *  - f(*a, **k) and class C(*b, **k): the positional tuple is built with
 *    BUILD_LIST/LIST_EXTEND/LIST_APPEND/LIST_TO_TUPLE, keywords with
 *    BUILD_MAP + DICT_MERGE 1, then CALL_FUNCTION_EX 0/1.
 *  - GEN_START arg: 0 generator, 1 coroutine, 2 async generator (also the
 *    first instruction of coroutine code). The compiler counts the initial
 *    sent value as stack depth 1 at entry of such code.
 *  - Comprehensions are functions of one argument ".0" (the iterator):
 *    MAKE_FUNCTION; <iterable>; GET_ITER (GET_AITER); CALL_FUNCTION 1
 *    (async list/set/dict comps then await the result). LIST_APPEND /
 *    SET_ADD / MAP_ADD i: the container is at depth i after popping.
 *  - async for: GET_AITER; L: SETUP_FINALLY end; GET_ANEXT; LOAD_CONST None;
 *    YIELD_FROM; POP_BLOCK; <store>; body; JUMP_ABSOLUTE L;
 *    end: END_ASYNC_FOR ([aiter, prev, exc] -> [] on StopAsyncIteration).
 *  - async with: <mgr>; BEFORE_ASYNC_WITH; GET_AWAITABLE; LOAD_CONST None;
 *    YIELD_FROM; SETUP_ASYNC_WITH h (block level excludes the result); then
 *    as SETUP_WITH, with the __aexit__ results awaited.
 *  - Class bodies: a function without arguments run by
 *    LOAD_BUILD_CLASS; it stores __module__ (= LOAD_NAME __name__),
 *    __qualname__, __doc__ (if any), runs SETUP_ANNOTATIONS when the body
 *    has annotations, and returns the __class__ cell (also stored as
 *    __classcell__) when a method uses super()/__class__, else None.
 *    Free variables of a class body are read with LOAD_CLASSDEREF.
 *  - PvCode.docstring is the docstring or None; for functions consts[0]
 *    is the docstring (or None). varnames order: positional parameters,
 *    keyword-only, *args, **kwargs, other locals. cell2arg is NULL unless
 *    some cell is a parameter.
 *  - Import: IMPORT_NAME pops [level (int), fromlist (None or tuple of
 *    str)]; "from . import x" has module name ""; "import a.b as c" walks
 *    down with IMPORT_FROM b; ROT_TWO; POP_TOP; IMPORT_FROM c (3.11 style).
 *  - match: 3.10 opcodes. MATCH_CLASS n: [subj, cls, kwnames] ->
 *    [attrs_tuple or subj, bool]. MATCH_KEYS: [subj, keys] ->
 *    [subj, keys, values_or_None, bool]. COPY_DICT_WITHOUT_KEYS:
 *    [subj, keys] -> [subj, rest_dict]. Names are stored as soon as they
 *    are matched.
 *  - except*: groups are split by two helper functions written in Python
 *    (compile_stmt.c) held in co_consts; handlers run like except bodies.
 *  - blocksize is an upper bound (2 per static nesting level + 2).
 *  - PYVM_DIS=1 in the environment prints each compiled module (pv_dis).
 */
#ifndef PV_OPCODE_H
#define PV_OPCODE_H

#define PV_OPCODES(X) \
    /* --- stack --- */ \
    X(NOP) \
    X(POP_TOP)            /* [a] -> [] */ \
    X(ROT_TWO)            /* [a, b] -> [b, a] */ \
    X(ROT_THREE)          /* [a, b, c] -> [c, a, b] */ \
    X(ROT_FOUR)           /* [a, b, c, d] -> [d, a, b, c] */ \
    X(ROT_N)              /* arg n: TOS moves down to position n */ \
    X(DUP_TOP)            /* [a] -> [a, a] */ \
    X(DUP_TOP_TWO)        /* [a, b] -> [a, b, a, b] */ \
    /* --- names --- */ \
    X(LOAD_CONST)         /* arg: consts index */ \
    X(LOAD_FAST)          /* arg: local index; UnboundLocalError if unset */ \
    X(STORE_FAST) \
    X(DELETE_FAST) \
    X(LOAD_NAME)          /* arg: names index; locals, globals, builtins */ \
    X(STORE_NAME) \
    X(DELETE_NAME) \
    X(LOAD_GLOBAL)        /* arg: names index; globals, builtins; cached */ \
    X(STORE_GLOBAL) \
    X(DELETE_GLOBAL) \
    X(LOAD_DEREF)         /* arg: i < len(cellvars): cell i, else freevar i-len(cellvars) */ \
    X(STORE_DEREF) \
    X(DELETE_DEREF) \
    X(LOAD_CLOSURE)       /* arg as LOAD_DEREF: pushes the cell itself */ \
    X(LOAD_CLASSDEREF)    /* class body: locals dict first, then the cell */ \
    X(LOAD_ATTR)          /* arg: names index; [o] -> [o.name]; cached */ \
    X(STORE_ATTR)         /* [v, o] -> []: o.name = v; cached */ \
    X(DELETE_ATTR)        /* [o] -> [] */ \
    X(LOAD_METHOD)        /* [o] -> [meth, o] (unbound function + self) or [NULL, bound]; cached */ \
    X(CALL_METHOD)        /* arg n: [m, self_or_bound, args*n] -> [result] */ \
    X(CALL_METHOD_KW)     /* arg n: [m, self_or_bound, args*n, kwnames] -> [result] */ \
    /* --- operators --- */ \
    X(UNARY_OP)           /* arg: PV_UNARY_* */ \
    X(BINARY_OP)          /* arg: PV_OP_* (pv.h), in-place ops included; [a, b] -> [a op b] */ \
    X(COMPARE_OP)         /* arg: PV_LT.. (pv.h) */ \
    X(IS_OP)              /* arg 1 inverts: [a, b] -> [a is b] */ \
    X(CONTAINS_OP)        /* arg 1 inverts: [a, b] -> [a in b] */ \
    X(BINARY_SUBSCR)      /* [o, k] -> [o[k]] */ \
    X(STORE_SUBSCR)       /* [v, o, k] -> []: o[k] = v */ \
    X(DELETE_SUBSCR)      /* [o, k] -> [] */ \
    X(BUILD_SLICE)        /* arg 2 or 3 */ \
    /* --- building --- */ \
    X(BUILD_TUPLE)        /* arg n */ \
    X(BUILD_LIST) \
    X(BUILD_SET) \
    X(BUILD_MAP)          /* arg n: [k1, v1, ..., kn, vn] -> [dict] */ \
    X(BUILD_CONST_KEY_MAP)/* arg n: [v1..vn, keys_tuple] -> [dict] */ \
    X(BUILD_STRING)       /* arg n: concatenates n str */ \
    X(LIST_APPEND)        /* arg i: [.., list (at depth i), .., v] -> list.append(v), pops v */ \
    X(SET_ADD) \
    X(MAP_ADD)            /* arg i: pops value, key (TOS=value) */ \
    X(LIST_EXTEND)        /* arg i: pops iterable, extends the list at depth i */ \
    X(SET_UPDATE) \
    X(DICT_UPDATE)        /* {**x} in displays */ \
    X(DICT_MERGE)         /* f(**x): TypeError on duplicate keys */ \
    X(LIST_TO_TUPLE) \
    X(FORMAT_VALUE)       /* arg: (flags & 3): 0 none, 1 str, 2 repr, 3 ascii; flags & 4: spec on TOS */ \
    X(UNPACK_SEQUENCE)    /* arg n: [seq] -> [item n-1, ..., item 0] (item 0 on top) */ \
    X(UNPACK_EX)          /* arg: before | (after << 8) */ \
    /* --- control --- */ \
    X(JUMP_FORWARD)       /* arg: absolute target > current */ \
    X(JUMP_ABSOLUTE)      /* arg: absolute target <= current; checks the tick */ \
    X(POP_JUMP_IF_FALSE) \
    X(POP_JUMP_IF_TRUE) \
    X(JUMP_IF_FALSE_OR_POP) \
    X(JUMP_IF_TRUE_OR_POP) \
    X(GET_ITER) \
    X(FOR_ITER)           /* arg: target when exhausted (iterator popped) */ \
    X(RETURN_VALUE) \
    /* --- functions, classes, calls --- */ \
    X(MAKE_FUNCTION)      /* arg flags 1 defaults, 2 kwdefaults, 4 annotations, 8 closure; [.., code, qualname] */ \
    X(CALL_FUNCTION)      /* arg n: [f, args*n] -> [result] */ \
    X(CALL_FUNCTION_KW)   /* arg n (all args): [f, args*n, kwnames_tuple] -> [result] */ \
    X(CALL_FUNCTION_EX)   /* arg 1: [f, args_tuple, kwargs_dict]; arg 0: [f, args_tuple] */ \
    X(LOAD_BUILD_CLASS) \
    X(SETUP_ANNOTATIONS) \
    /* --- exceptions --- */ \
    X(SETUP_FINALLY)      /* arg: handler target */ \
    X(POP_BLOCK)          /* pops the top SETUP_* block */ \
    X(POP_EXCEPT)         /* [.., prev_exc] -> [..]: pops EXCEPT_HANDLER block, restores handled exc */ \
    X(RERAISE)            /* [exc] -> raises exc again, traceback kept */ \
    X(RAISE_VARARGS)      /* arg 0: bare raise; 1: [exc]; 2: [exc, cause] */ \
    X(JUMP_IF_NOT_EXC_MATCH) /* arg target: [exc, cls] -> [] ; jump if not isinstance match */ \
    X(LOAD_ASSERTION_ERROR) \
    X(SETUP_WITH)         /* arg target: [mgr] -> [exit, enter_result], pushes a SETUP_FINALLY block */ \
    X(WITH_EXCEPT_START)  /* [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)] */ \
    /* --- imports --- */ \
    X(IMPORT_NAME)        /* arg names: [level, fromlist] -> [module] */ \
    X(IMPORT_FROM)        /* arg names: [module] -> [module, module.name] */ \
    X(IMPORT_STAR)        /* [module] -> [] */ \
    /* --- generators and coroutines --- */ \
    X(GEN_START)          /* first instruction of generator code; pops the initial sent value */ \
    X(YIELD_VALUE) \
    X(YIELD_FROM) \
    X(GET_YIELD_FROM_ITER) \
    X(GET_AWAITABLE) \
    X(GET_AITER) \
    X(GET_ANEXT) \
    X(END_ASYNC_FOR) \
    X(BEFORE_ASYNC_WITH) \
    X(SETUP_ASYNC_WITH) \
    /* --- pattern matching (3.10 semantics) --- */ \
    X(GET_LEN) \
    X(MATCH_MAPPING) \
    X(MATCH_SEQUENCE) \
    X(MATCH_KEYS) \
    X(MATCH_CLASS) \
    X(COPY_DICT_WITHOUT_KEYS) \
    /* --- misc --- */ \
    X(PRINT_EXPR)         /* interactive mode */ \
    X(PRINT_ITEM)         /* .pe print statement: [file_or_None, v] -> [file_or_None] */ \
    X(PRINT_NEWLINE)      /* [file_or_None] -> [] */ \
    X(PRINT_END)          /* [file_or_None] -> []: trailing comma form */

enum {
#define PV_OPCODE_ENUM(name) OP_##name,
    PV_OPCODES(PV_OPCODE_ENUM)
#undef PV_OPCODE_ENUM
    OP__COUNT
};

#define PV_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define PV_OP(word) ((word) & 0xff)
#define PV_ARG(word) ((word) >> 8)
#define PV_ARG_MAX 0xffffff

/* Inline cache words after an instruction. */
static inline int pv_cache_words(int op)
{
    switch (op) {
    case OP_LOAD_GLOBAL:
    case OP_LOAD_ATTR:
    case OP_STORE_ATTR:
    case OP_LOAD_METHOD:
        return 4;
    default:
        return 0;
    }
}

extern const char *const pv_opcode_names[OP__COUNT];

#endif
