"""pwd: the password database (getpwuid, getpwnam, getpwall), as CPython's."""

import _pwdgrp
from posix import _structseq_type

struct_passwd = _structseq_type(
    'pwd.struct_passwd', 'pw_name pw_passwd pw_uid pw_gid pw_gecos pw_dir pw_shell', None, 'pwd')


def getpwuid(uid):
    if not isinstance(uid, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(uid).__name__)
    t = _pwdgrp._getpw(uid)
    if t is None:
        raise KeyError('getpwuid(): uid not found: %d' % uid)
    return struct_passwd._make(t)


def getpwnam(name):
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
    t = _pwdgrp._getpw(name) if '\0' not in name else None
    if t is None:
        raise KeyError('getpwnam(): name not found: %r' % name)
    return struct_passwd._make(t)


def getpwall():
    return [struct_passwd._make(t) for t in _pwdgrp.getpwall()]
