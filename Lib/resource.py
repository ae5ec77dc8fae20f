"""resource: process resource limits and usage, as CPython's."""

from _resource import *
from posix import _structseq_type
import _resource

error = OSError

struct_rusage = _structseq_type(
    'resource.struct_rusage',
    'ru_utime ru_stime ru_maxrss ru_ixrss ru_idrss ru_isrss ru_minflt ru_majflt ru_nswap '
    'ru_inblock ru_oublock ru_msgsnd ru_msgrcv ru_nsignals ru_nvcsw ru_nivcsw', None, 'resource')


def getrusage(who):
    return struct_rusage._make(_resource._getrusage(who))
