"""grp: the group database (getgrgid, getgrnam, getgrall), as CPython's."""

import _pwdgrp
from posix import _structseq_type

struct_group = _structseq_type('grp.struct_group', 'gr_name gr_passwd gr_gid gr_mem', None, 'grp')


def getgrgid(id):
    if not isinstance(id, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(id).__name__)
    t = _pwdgrp._getgr(id)
    if t is None:
        raise KeyError('getgrgid(): gid not found: %d' % id)
    return struct_group._make(t)


def getgrnam(name):
    if not isinstance(name, str):
        raise TypeError('getgrnam() argument must be str, not %s' % type(name).__name__)
    t = _pwdgrp._getgr(name) if '\0' not in name else None
    if t is None:
        raise KeyError('getgrnam(): name not found: %r' % name)
    return struct_group._make(t)


def getgrall():
    return [struct_group._make(t) for t in _pwdgrp.getgrall()]
