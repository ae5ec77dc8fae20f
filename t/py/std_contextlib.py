import contextlib, io, sys
from contextlib import contextmanager, suppress, ExitStack, closing, redirect_stdout, redirect_stderr, nullcontext, asynccontextmanager, AsyncExitStack

@contextmanager
def cm(name):
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print("exit", name)
with cm("a") as v:
    print("body", v)
with cm("b"):
    raise ValueError("boom")
try:
    with cm("c"):
        raise KeyError("k")
except KeyError as e:
    print("outer KeyError", e)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def twoyield():
    yield
    yield
try:
    with twoyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError passes")

with ExitStack() as st:
    for i in range(3):
        st.enter_context(cm(str(i)))
    st.callback(print, "callback", 1)
    st.push(lambda *a: print("push exit", a[0]))
with ExitStack() as st:
    st.callback(print, "never")
    st2 = st.pop_all()
print("popped")
st2.close()
def suppressor(*exc):
    print("suppressing", exc[0].__name__)
    return True
with ExitStack() as st:
    st.push(suppressor)
    raise TypeError("x")
print("ok")

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
    print("more")
print(repr(buf.getvalue()))
eb = io.StringIO()
with redirect_stderr(eb):
    sys.stderr.write("err\n")
print(repr(eb.getvalue()))
with nullcontext(5) as n:
    print(n)

@contextmanager
def gen_cm():
    yield 1
f = gen_cm()
print(type(f).__name__, isinstance(f, contextlib.AbstractContextManager))

@contextlib.contextmanager
def as_deco():
    print("before")
    yield
    print("after")
@as_deco()
def decorated(x):
    print("in", x)
decorated(1)

@asynccontextmanager
async def acm(x):
    print("aenter", x)
    try:
        yield x * 2
    finally:
        print("aexit", x)
async def main():
    async with acm(3) as v:
        print("abody", v)
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(acm(4))
        st.push_async_callback(anoop, 0)
        print("stack", v)
    async with contextlib.aclosing(agen()) as g:
        async for x in g:
            print("agen", x)
async def anoop(x):
    print('anoop', x)
async def agen():
    yield 1
    yield 2
def run(co):
    try:
        co.send(None)
    except StopIteration as e:
        return e.value
run(main())

class MyCM(contextlib.ContextDecorator):
    def __enter__(self):
        print("cd enter"); return self
    def __exit__(self, *e):
        print("cd exit"); return False
@MyCM()
def fn():
    print("fn body")
fn()
with contextlib.chdir('/') if hasattr(contextlib, 'chdir') else nullcontext():
    import os
    print(os.getcwd())
