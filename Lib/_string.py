"""_string for pyvm: the format-string parsing helpers string.Formatter
uses, with the same results and error messages as str.format."""

__all__ = ['formatter_parser', 'formatter_field_name_split']


def _parse(s):
    n = len(s)
    i = 0
    lit = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}')
                yield (''.join(lit), None, None, None)
                lit = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            lit.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            lit.append('{')
            yield (''.join(lit), None, None, None)
            lit = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # a replacement field: name up to '!', ':' or '}' ('[...]' may hold them)
        i += 1
        start = i
        in_bracket = False
        while True:
            if i >= n:
                raise ValueError("expected '}' before end of string")
            c = s[i]
            if in_bracket:
                if c == ']':
                    in_bracket = False
            elif c == '[':
                in_bracket = True
            elif c == '{':
                raise ValueError("unexpected '{' in field name")
            elif c in '}:!':
                break
            i += 1
        name = s[start:i]
        conv = None
        spec = ''
        if c == '!':
            i += 1
            if i >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conv = s[i]
            i += 1
            if i >= n:
                raise ValueError("unmatched '{' in format spec")
            c = s[i]
            if c not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        if c == ':':
            i += 1
            start = i
            depth = 1
            while True:
                if i >= n:
                    raise ValueError("unmatched '{' in format spec")
                c = s[i]
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            spec = s[start:i]
        i += 1   # the closing '}'
        yield (''.join(lit), name, spec, conv)
        lit = []
    if lit:
        yield (''.join(lit), None, None, None)


def formatter_parser(s):
    if not isinstance(s, str):
        raise TypeError('descriptor \'_formatter_parser\' requires a \'str\' '
                        'object but received a %r' % type(s).__name__)
    return _parse(s)


def _as_key(text):
    if text and text.isdigit() and text.isascii():
        return int(text)
    return text


def _rest(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        if c == '.':
            j = i + 1
            while j < n and s[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            yield (True, s[i + 1:j])
            i = j
        elif c == '[':
            j = s.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            yield (False, _as_key(s[i + 1:j]))
            i = j + 1
            if i < n and s[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def formatter_field_name_split(s):
    if not isinstance(s, str):
        raise TypeError('descriptor \'_formatter_field_name_split\' requires a '
                        '\'str\' object but received a %r' % type(s).__name__)
    i = 0
    n = len(s)
    while i < n and s[i] not in '.[':
        i += 1
    return (_as_key(s[:i]), _rest(s, i))
