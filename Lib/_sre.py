"""_sre for pyvm: the regular expression engine under CPython's re package.

It runs the code that re._compiler generates (MAGIC 20220615). The flat
code is first turned into a tree of nodes; matching is backtracking with
generators that yield every (end position, marks) in priority order.
Repetitions keep their own explicit stack, so the depth of Python frames
depends on the pattern's nesting, never on the subject's length. Marks are
immutable tuples (2 per group, then lastindex), so backtracking restores
them for free."""

import sys as _sys

MAGIC = 20220615
CODESIZE = 4
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
copyright = ' SRE 2.2.2 pyvm '

# opcodes (re/_constants.py, 3.11)
(FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY,
 CHARSET, BIGCHARSET, GROUPREF, GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL,
 MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL, NEGATE, RANGE, REPEAT, REPEAT_ONE,
 SUBPATTERN, MIN_REPEAT_ONE, ATOMIC_GROUP, POSSESSIVE_REPEAT,
 POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE, LITERAL_IGNORE,
 NOT_LITERAL_IGNORE, GROUPREF_LOC_IGNORE, IN_LOC_IGNORE, LITERAL_LOC_IGNORE,
 NOT_LITERAL_LOC_IGNORE, GROUPREF_UNI_IGNORE, IN_UNI_IGNORE,
 LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, RANGE_UNI_IGNORE) = range(43)

(AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY,
 AT_NON_BOUNDARY, AT_END, AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY,
 AT_LOC_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY) = range(12)

SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256


def getcodesize():
    return CODESIZE


def ascii_iscased(ch):
    return ch < 128 and (65 <= ch <= 90 or 97 <= ch <= 122)


def ascii_tolower(ch):
    return ch + 32 if 65 <= ch <= 90 else ch


def _uni_lower(ch):
    s = chr(ch).lower()
    return ord(s) if len(s) == 1 else ch


def _uni_upper(ch):
    s = chr(ch).upper()
    return ord(s) if len(s) == 1 else ch


def unicode_iscased(ch):
    return ch != _uni_lower(ch) or ch != _uni_upper(ch)


def unicode_tolower(ch):
    return _uni_lower(ch)


# ---- character classes ----

def _is_ascii_word(ch):
    return ch < 128 and (48 <= ch <= 57 or 65 <= ch <= 90 or 97 <= ch <= 122 or ch == 95)


def _is_uni_word(ch):
    return ch == 95 or chr(ch).isalnum()


_LINEBREAKS = frozenset([10, 11, 12, 13, 28, 29, 30, 0x85, 0x2028, 0x2029])

_CATEGORIES = [
    lambda ch: 48 <= ch <= 57,                                   # DIGIT
    lambda ch: not (48 <= ch <= 57),
    lambda ch: ch == 32 or 9 <= ch <= 13,                        # SPACE
    lambda ch: not (ch == 32 or 9 <= ch <= 13),
    _is_ascii_word,                                              # WORD
    lambda ch: not _is_ascii_word(ch),
    lambda ch: ch == 10,                                         # LINEBREAK
    lambda ch: ch != 10,
    _is_ascii_word,                                              # LOC_WORD
    lambda ch: not _is_ascii_word(ch),
    lambda ch: chr(ch).isdecimal(),                              # UNI_DIGIT
    lambda ch: not chr(ch).isdecimal(),
    lambda ch: chr(ch).isspace(),                                # UNI_SPACE
    lambda ch: not chr(ch).isspace(),
    _is_uni_word,                                                # UNI_WORD
    lambda ch: not _is_uni_word(ch),
    lambda ch: ch in _LINEBREAKS,                                # UNI_LINEBREAK
    lambda ch: ch not in _LINEBREAKS,
]


def _charset_pred(code, i):
    """A predicate for the set items at code[i:] (up to FAILURE)."""
    tests = []
    negate = False
    while True:
        op = code[i]
        if op == FAILURE:
            break
        if op == LITERAL:
            c = code[i + 1]
            tests.append(lambda ch, c=c: ch == c)
            i += 2
        elif op == RANGE:
            lo, hi = code[i + 1], code[i + 2]
            tests.append(lambda ch, lo=lo, hi=hi: lo <= ch <= hi)
            i += 3
        elif op == RANGE_UNI_IGNORE:
            lo, hi = code[i + 1], code[i + 2]
            tests.append(lambda ch, lo=lo, hi=hi: lo <= ch <= hi or lo <= _uni_upper(ch) <= hi)
            i += 3
        elif op == CHARSET:
            words = code[i + 1:i + 9]
            tests.append(lambda ch, w=words: ch < 256 and (w[ch >> 5] >> (ch & 31)) & 1 == 1)
            i += 9
        elif op == BIGCHARSET:
            n = code[i + 1]
            words = code[i + 2:i + 2 + 64]
            mapping = [(words[k >> 2] >> (8 * (k & 3))) & 255 for k in range(256)]
            blocks = code[i + 66:i + 66 + n * 8]

            def big(ch, mapping=mapping, blocks=blocks):
                if ch >= 65536:
                    return False
                b = mapping[ch >> 8] * 8
                lo = ch & 255
                return (blocks[b + (lo >> 5)] >> (lo & 31)) & 1 == 1
            tests.append(big)
            i += 66 + n * 8
        elif op == CATEGORY:
            tests.append(_CATEGORIES[code[i + 1]])
            i += 2
        elif op == NEGATE:
            negate = True
            i += 1
        else:
            raise RuntimeError('internal error in regular expression charset: %d' % op)
    if len(tests) == 1:
        t = tests[0]
        if negate:
            return lambda ch: not t(ch)
        return t
    if negate:
        return lambda ch: not any(t(ch) for t in tests)
    return lambda ch: any(t(ch) for t in tests)


# ---- code -> node tree ----
# Nodes: ('C', pred) one character; ('AT', code); ('MARK', n);
# ('BRANCH', [nodes...]); ('REP1', lo, hi, pred, kind); ('REP', lo, hi,
# nodes, kind) with kind 0 greedy, 1 lazy, 2 possessive; ('GREF', g, fold);
# ('GEXISTS', g, yes, no); ('ASSERT', back, nodes, negative);
# ('ATOMIC', nodes).

def _single(code, i):
    """(pred, next index) when code[i] is a one-character op, else None."""
    op = code[i]
    if op == LITERAL:
        c = code[i + 1]
        return (lambda ch: ch == c), i + 2
    if op == NOT_LITERAL:
        c = code[i + 1]
        return (lambda ch: ch != c), i + 2
    if op == ANY:
        return (lambda ch: ch != 10), i + 1
    if op == ANY_ALL:
        return (lambda ch: True), i + 1
    if op in (LITERAL_IGNORE, LITERAL_LOC_IGNORE):
        c = code[i + 1]
        return (lambda ch: ascii_tolower(ch) == c), i + 2
    if op in (NOT_LITERAL_IGNORE, NOT_LITERAL_LOC_IGNORE):
        c = code[i + 1]
        return (lambda ch: ascii_tolower(ch) != c), i + 2
    if op == LITERAL_UNI_IGNORE:
        c = code[i + 1]
        return (lambda ch: ch == c or _uni_lower(ch) == c), i + 2
    if op == NOT_LITERAL_UNI_IGNORE:
        c = code[i + 1]
        return (lambda ch: not (ch == c or _uni_lower(ch) == c)), i + 2
    if op == IN:
        return _charset_pred(code, i + 2), i + 1 + code[i + 1]
    if op in (IN_IGNORE, IN_LOC_IGNORE):
        p = _charset_pred(code, i + 2)
        return (lambda ch: p(ascii_tolower(ch))), i + 1 + code[i + 1]
    if op == IN_UNI_IGNORE:
        p = _charset_pred(code, i + 2)
        return (lambda ch: p(_uni_lower(ch))), i + 1 + code[i + 1]
    if op == CATEGORY:
        return _CATEGORIES[code[i + 1]], i + 2
    return None


def _build(code, i, end):
    nodes = []
    while i < end:
        op = code[i]
        s = _single(code, i)
        if s is not None:
            nodes.append(('C', s[0]))
            i = s[1]
        elif op == INFO:
            i = i + 1 + code[i + 1]
        elif op == AT:
            nodes.append(('AT', code[i + 1]))
            i += 2
        elif op == MARK:
            nodes.append(('MARK', code[i + 1]))
            i += 2
        elif op == BRANCH:
            alts = []
            j = i + 1
            after = None
            while code[j] != FAILURE:
                nxt = j + code[j]
                # body is code[j+1 : nxt-2], then JUMP skip
                alts.append(_build(code, j + 1, nxt - 2))
                after = nxt - 1 + code[nxt - 1]
                j = nxt
            nodes.append(('BRANCH', alts))
            i = after if after is not None else j + 1
        elif op in (REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT_ONE):
            after = i + 1 + code[i + 1]
            lo, hi = code[i + 2], code[i + 3]
            kind = 0 if op == REPEAT_ONE else 1 if op == MIN_REPEAT_ONE else 2
            body = _build(code, i + 4, after - 1)
            if len(body) == 1 and body[0][0] == 'C':
                nodes.append(('REP1', lo, hi, body[0][1], kind))
            else:
                nodes.append(('REP', lo, hi, body, kind))
            i = after
        elif op in (REPEAT, POSSESSIVE_REPEAT):
            until = i + 1 + code[i + 1]
            lo, hi = code[i + 2], code[i + 3]
            body = _build(code, i + 4, until)
            if op == POSSESSIVE_REPEAT:
                kind = 2
            else:
                kind = 0 if code[until] == MAX_UNTIL else 1
            nodes.append(('REP', lo, hi, body, kind))
            i = until + 1
        elif op in (GROUPREF, GROUPREF_IGNORE, GROUPREF_LOC_IGNORE, GROUPREF_UNI_IGNORE):
            fold = 0 if op == GROUPREF else 2 if op == GROUPREF_UNI_IGNORE else 1
            nodes.append(('GREF', code[i + 1], fold))
            i += 2
        elif op == GROUPREF_EXISTS:
            g = code[i + 1]
            noat = i + 1 + code[i + 2]
            if code[noat - 2] == JUMP and noat - 2 > i + 2:
                yes = _build(code, i + 3, noat - 2)
                after = noat - 1 + code[noat - 1]
                no = _build(code, noat, after)
            else:
                yes = _build(code, i + 3, noat)
                no = []
                after = noat
            nodes.append(('GEXISTS', g, yes, no))
            i = after
        elif op in (ASSERT, ASSERT_NOT):
            after = i + 1 + code[i + 1]
            back = code[i + 2]
            nodes.append(('ASSERT', back, _build(code, i + 3, after - 1), op == ASSERT_NOT))
            i = after
        elif op == ATOMIC_GROUP:
            after = i + 1 + code[i + 1]
            nodes.append(('ATOMIC', _build(code, i + 2, after - 1)))
            i = after
        elif op == JUMP:
            i = i + 1 + code[i + 1]
        elif op in (SUCCESS, FAILURE):
            if op == FAILURE:
                nodes.append(('FAIL',))
            i += 1
        else:
            raise RuntimeError('internal error in regular expression code: %d' % op)
    return nodes


# ---- matching ----

class _State:
    __slots__ = ('s', 'end', 'isbytes')

    def __init__(self, s, end, isbytes):
        self.s = s          # list of code points
        self.end = end      # endpos


def _at(st, code, pos):
    s, end = st.s, st.end
    if code == AT_BEGINNING or code == AT_BEGINNING_STRING:
        return pos == 0
    if code == AT_BEGINNING_LINE:
        return pos == 0 or s[pos - 1] == 10
    if code == AT_END:
        return pos == end or (pos == end - 1 and s[pos] == 10)
    if code == AT_END_LINE:
        return pos == end or s[pos] == 10
    if code == AT_END_STRING:
        return pos == end
    isword = _is_uni_word if code in (AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY) else _is_ascii_word
    if end == 0:
        return False
    before = pos > 0 and isword(s[pos - 1])
    after = pos < end and isword(s[pos])
    if code in (AT_BOUNDARY, AT_UNI_BOUNDARY, AT_LOC_BOUNDARY):
        return before != after
    return before == after


def _seq(st, nodes, i, pos, marks):
    """Yield (pos, marks) for every way nodes[i:] match at pos."""
    n = len(nodes)
    s = st.s
    while i < n:
        node = nodes[i]
        k = node[0]
        if k == 'C':
            if pos >= st.end or not node[1](s[pos]):
                return
            pos += 1
        elif k == 'MARK':
            m = node[1]
            lst = list(marks)
            lst[m] = pos
            if m & 1:
                lst[-1] = m // 2 + 1
            marks = tuple(lst)
        elif k == 'AT':
            if not _at(st, node[1], pos):
                return
        elif k == 'REP1':
            _, lo, hi, pred, kind = node
            end = st.end
            if kind == 1:
                cnt = 0
                p = pos
                while cnt < lo:
                    if p >= end or not pred(s[p]):
                        return
                    p += 1
                    cnt += 1
                while True:
                    yield from _seq(st, nodes, i + 1, p, marks)
                    if cnt >= hi or p >= end or not pred(s[p]):
                        return
                    p += 1
                    cnt += 1
            limit = end if hi >= MAXREPEAT else min(end, pos + hi)
            p = pos
            while p < limit and pred(s[p]):
                p += 1
            if p - pos < lo:
                return
            if kind == 2:
                pos = p
            else:
                # greedy: if the rest starts with a literal, skip hopeless spots
                while p >= pos + lo:
                    yield from _seq(st, nodes, i + 1, p, marks)
                    p -= 1
                return
        elif k == 'GREF':
            g = node[1]
            a, b = marks[2 * g], marks[2 * g + 1]
            if a < 0 or b < 0 or b < a:
                return
            ln = b - a
            if pos + ln > st.end:
                return
            if node[2]:
                low = _uni_lower if node[2] == 2 else ascii_tolower
                for j in range(ln):
                    if low(s[a + j]) != low(s[pos + j]):
                        return
            else:
                for j in range(ln):
                    if s[a + j] != s[pos + j]:
                        return
            pos += ln
        elif k == 'FAIL':
            return
        else:
            for p, m in _node(st, node, pos, marks):
                yield from _seq(st, nodes, i + 1, p, m)
            return
        i += 1
    yield (pos, marks)


def _first(gen):
    for r in gen:
        return r
    return None


def _node(st, node, pos, marks):
    k = node[0]
    if k == 'BRANCH':
        for alt in node[1]:
            yield from _seq(st, alt, 0, pos, marks)
    elif k == 'REP':
        _, lo, hi, body, kind = node
        if kind == 2:
            r = _first(_rep_greedy(st, lo, hi, body, pos, marks))
            if r is not None:
                yield r
        elif kind == 0:
            yield from _rep_greedy(st, lo, hi, body, pos, marks)
        else:
            yield from _rep_lazy(st, lo, hi, body, pos, marks)
    elif k == 'ASSERT':
        _, back, body, neg = node
        p0 = pos - back
        if p0 < 0:
            r = None
        else:
            r = _first(_seq(st, body, 0, p0, marks))
        if neg:
            if r is None:
                yield (pos, marks)
        elif r is not None:
            yield (pos, r[1])
    elif k == 'ATOMIC':
        r = _first(_seq(st, node[1], 0, pos, marks))
        if r is not None:
            yield r
    elif k == 'GEXISTS':
        _, g, yes, no = node
        a, b = marks[2 * g], marks[2 * g + 1]
        yield from _seq(st, yes if a >= 0 and b >= 0 and a <= b else no, 0, pos, marks)
    else:
        raise RuntimeError('bad node')


def _rep_greedy(st, lo, hi, body, pos, marks):
    # Frames (count, pos, marks, iterator over the body's next match or
    # None): try one more iteration first, then settle for this count.
    stack = [(0, pos, marks, _seq(st, body, 0, pos, marks) if hi > 0 else None)]
    while stack:
        count, p0, m0, it = stack[-1]
        if it is not None:
            r = next(it, None)
            if r is not None:
                p, m = r
                if p == p0 and count >= lo:
                    yield r          # an empty iteration ends the loop
                    continue
                nc = count + 1
                stack.append((nc, p, m, _seq(st, body, 0, p, m) if nc < hi else None))
                continue
        stack.pop()
        if count >= lo:
            yield (p0, m0)


def _rep_lazy(st, lo, hi, body, pos, marks):
    stack = []
    count, p, m = 0, pos, marks
    while True:
        # a new frame at (count, p, m): first try to stop here
        if count >= lo:
            yield (p, m)
        stack.append((count, p, _seq(st, body, 0, p, m) if count < hi else None))
        while stack:
            c0, p0, it = stack[-1]
            r = next(it, None) if it is not None else None
            if r is None:
                stack.pop()
                continue
            if r[0] == p0 and c0 >= lo:
                continue
            count, p, m = c0 + 1, r[0], r[1]
            break
        else:
            return


# ---- Pattern and Match ----

def _codes(string):
    if isinstance(string, str):
        return [ord(c) for c in string], False
    if isinstance(string, (bytes, bytearray)):
        return list(string), True
    try:
        return list(memoryview(string).tobytes()), True
    except TypeError:
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__) from None


def _clamp(pos, endpos, n):
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '_indexgroup',
                 '_nodes', '_code', '_first', '__weakref__')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def _check(self, string):
        codes, isbytes = _codes(string)
        if self.pattern is not None:
            if isinstance(self.pattern, str) and isbytes:
                raise TypeError('cannot use a string pattern on a bytes-like object')
            if not isinstance(self.pattern, str) and not isbytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
        return codes

    def _run(self, codes, string, start, pos, endpos, full=False, reject_empty_at=-1):
        st = _State(codes, endpos, False)
        marks = (-1,) * (2 * self.groups) + (-1,)
        for p, m in _seq(st, self._nodes, 0, start, marks):
            if full and p != endpos:
                continue
            if p == reject_empty_at and p == start:
                continue
            return Match(self, string, pos, endpos, start, p, m)
        return None

    def _search(self, codes, string, start, pos, endpos, reject_empty_at=-1):
        first = self._first
        while start <= endpos:
            if first is not None:
                # the match must start with a character `first` accepts
                while start < endpos and not first(codes[start]):
                    start += 1
                if start >= endpos:
                    return None
            m = self._run(codes, string, start, pos, endpos, False, reject_empty_at)
            if m is not None:
                return m
            start += 1
        return None

    def match(self, string, pos=0, endpos=_sys.maxsize):
        codes = self._check(string)
        pos, endpos = _clamp(pos, endpos, len(codes))
        if endpos < pos:
            return None
        return self._run(codes, string, pos, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        codes = self._check(string)
        pos, endpos = _clamp(pos, endpos, len(codes))
        if endpos < pos:
            return None
        return self._run(codes, string, pos, pos, endpos, True)

    def search(self, string, pos=0, endpos=_sys.maxsize):
        codes = self._check(string)
        pos, endpos = _clamp(pos, endpos, len(codes))
        if endpos < pos:
            return None
        return self._search(codes, string, pos, pos, endpos)

    def _iter(self, string, pos=0, endpos=_sys.maxsize):
        codes = self._check(string)
        pos, endpos = _clamp(pos, endpos, len(codes))
        start = pos
        reject = -1
        while start <= endpos:
            m = self._search(codes, string, start, pos, endpos, reject)
            if m is None:
                return
            yield m
            b, e = m._regs[0]
            reject = e if b == e else -1
            start = e

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m._get(1, m.string[:0]))
            else:
                out.append(tuple(m._get(g, m.string[:0]) for g in range(1, self.groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if maxsplit and n >= maxsplit:
                break
            b, e = m._regs[0]
            out.append(string[last:b])
            for g in range(1, self.groups + 1):
                out.append(m._get(g, None))
            last = e
            n += 1
        out.append(string[last:])
        return out

    def _subx(self, repl, string, count):
        if callable(repl):
            filt = repl
        else:
            self._check(repl)
            if (isinstance(repl, str) and '\\' not in repl) or \
               (not isinstance(repl, str) and b'\\' not in bytes(repl)):
                filt = repl
            else:
                import re
                filt = re._subx(self, repl)
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            b, e = m._regs[0]
            out.append(string[last:b])
            r = filt(m) if callable(filt) else filt
            if r is not None:
                out.append(r)
            last = e
            n += 1
        out.append(string[last:])
        empty = string[:0]
        if not isinstance(empty, (str, bytes)):
            empty = bytes(empty)
            out = [bytes(x) for x in out]
        return empty.join(out), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=_sys.maxsize):
        return SRE_Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        names = []
        if isinstance(self.pattern, str):
            flags &= ~SRE_FLAG_UNICODE
        for name, bit in (('re.TEMPLATE', 1), ('re.IGNORECASE', 2), ('re.LOCALE', 4),
                          ('re.MULTILINE', 8), ('re.DOTALL', 16), ('re.UNICODE', 32),
                          ('re.VERBOSE', 64), ('re.DEBUG', 128), ('re.ASCII', 256)):
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        if names:
            return 're.compile(%s, %s)' % (r, '|'.join(names))
        return 're.compile(%s)' % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._code == other._code)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Pattern.__module__ = 're'


class Match:
    __slots__ = ('re', 'string', 'pos', 'endpos', '_regs', 'lastindex')

    def __init__(self, pattern, string, pos, endpos, start, end, marks):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        regs = [(start, end)]
        for g in range(pattern.groups):
            a, b = marks[2 * g], marks[2 * g + 1]
            regs.append((a, b) if a >= 0 and b >= 0 and a <= b else (-1, -1))
        self._regs = tuple(regs)
        li = marks[-1]
        self.lastindex = li if li > 0 else None

    @property
    def regs(self):
        return self._regs

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, idx in self.re._groupindex.items():
            if idx == self.lastindex:
                return name
        return None

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, '__index__') and not isinstance(g, str):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError('no such group') from None
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError('no such group')
        if isinstance(g, (str, bytes)):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        a, b = self._regs[i]
        if a < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._regs[self._index(group)][0]

    def end(self, group=0):
        return self._regs[self._index(group)][1]

    def span(self, group=0):
        return self._regs[self._index(group)]

    def expand(self, template):
        import re
        return re._expand(self.re, self, template)

    def __repr__(self):
        m = repr(self.group(0))
        return '<re.Match object; span=%r, match=%s>' % (self._regs[0], m[:50] if len(m) > 50 else m)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Match.__module__ = 're'


class SRE_Scanner:
    __slots__ = ('pattern', '_string', '_codes', '_pos', '_endpos', '_start', '_reject')

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._codes = pattern._check(string)
        self._pos, self._endpos = _clamp(pos, endpos, len(self._codes))
        self._start = self._pos
        self._reject = -1

    def _advance(self, m):
        if m is None:
            self._start = self._endpos + 1
            return None
        b, e = m._regs[0]
        self._reject = e if b == e else -1
        self._start = e
        return m

    def match(self):
        if self._start > self._endpos:
            return None
        m = self.pattern._run(self._codes, self._string, self._start, self._pos,
                              self._endpos, False, self._reject)
        return self._advance(m)

    def search(self):
        if self._start > self._endpos:
            return None
        m = self.pattern._search(self._codes, self._string, self._start, self._pos,
                                 self._endpos, self._reject)
        return self._advance(m)


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = flags
    p.groups = groups
    p._groupindex = dict(groupindex)
    p._indexgroup = indexgroup
    p._code = list(code)
    p._nodes = _build(p._code, 0, len(p._code))
    p._first = _first_pred(p._nodes)
    return p


def _first_pred(nodes):
    """The predicate every match's first character satisfies, or None."""
    for nd in nodes:
        if nd[0] == 'MARK':
            continue
        if nd[0] == 'C':
            return nd[1]
        if nd[0] == 'REP1' and nd[1] >= 1:
            return nd[3]
        return None
    return None


# re._compiler packs big charsets with memoryview(b).cast('I'); pyvm's
# memoryview only has byte formats so far. Until it does, give the
# compiler (which is importing us right now) a memoryview that can.
class _CodeView:
    itemsize = CODESIZE

    def __init__(self, b):
        self._b = bytes(b)

    def cast(self, fmt):
        if fmt != 'I':
            return memoryview(self._b).cast(fmt)
        return self

    def __len__(self):
        return len(self._b) // CODESIZE

    def tolist(self):
        b = self._b
        return [int.from_bytes(b[i:i + 4], _sys.byteorder) for i in range(0, len(b), 4)]


def _install_codeview():
    try:
        memoryview(b'\0\0\0\0').cast('I')
        return
    except (TypeError, ValueError):
        pass
    mod = _sys.modules.get('re._compiler')
    if mod is not None and 'memoryview' not in mod.__dict__:
        mod.__dict__['memoryview'] = _CodeView


_install_codeview()
