"""anext(aiterator, default): the awaitable that turns the end of the async
iteration (StopAsyncIteration) into the default value. Used by builtins.anext
(modules/builtins.c); CPython implements it in C (anextawaitable)."""


import types as _types


def _await_iter(aw):
    kind = type(aw).__name__
    if kind == "coroutine" and hasattr(aw, "cr_frame"):
        return aw
    if kind == "generator" and hasattr(aw, "gi_code") and aw.gi_code.co_flags & 0x100:
        return aw  # @types.coroutine (CO_ITERABLE_COROUTINE)
    meth = getattr(type(aw), "__await__", None)
    if meth is None:
        raise TypeError(f"'async for' received an invalid object from __anext__: {kind}")
    it = meth(aw)
    if type(it).__name__ == "coroutine":
        raise TypeError("__await__() returned a coroutine")
    if not hasattr(type(it), "__next__"):
        raise TypeError(f"__await__() returned non-iterator of type '{type(it).__name__}'")
    return it


@_types.coroutine  # may delegate to a coroutine
def _run(self, aw, default):
    it = self._it = _await_iter(aw)
    try:
        return (yield from it)
    except StopAsyncIteration:
        return default


class anext_awaitable:
    __slots__ = ("_aw", "_gen", "_it", "_default", "_closed")

    def __init__(self, aw, default):
        self._aw = aw
        self._gen = self._it = None
        self._default = default
        self._closed = False

    def _g(self):
        if self._gen is None:
            self._gen = _run(self, self._aw, self._default)
        return self._gen

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self._g().send(None)

    def send(self, value):
        if self._closed and self._it is not None:
            return self._it.send(value)  # the awaitable's own "cannot reuse"
        return self._g().send(value)

    def throw(self, *args):
        return self._g().throw(*args)

    def close(self):
        self._closed = True
        return self._g().close()


anext_awaitable.__module__ = "builtins"
