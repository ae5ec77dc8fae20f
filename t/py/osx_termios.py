# termios over a pty: tcgetattr/tcsetattr, tty.setraw, tcgetwinsize, errors
import termios, tty, os
m, s = os.openpty()
a = termios.tcgetattr(s)
print(len(a), len(a[6]), type(a[6][0]))
tty.setraw(s)
b = termios.tcgetattr(s)
print(b[3] & termios.ICANON, b[6][termios.VMIN])
termios.tcsetattr(s, termios.TCSANOW, a)
print(termios.tcgetattr(s) == a, termios.tcgetwinsize(s))
termios.tcsetwinsize(s, (24, 80))
print(termios.tcgetwinsize(s), os.get_terminal_size(s))
r, w = os.pipe()
try:
    termios.tcgetattr(r)
except termios.error as e:
    print('error', e.args[0])
for fd in (m, s, r, w):
    os.close(fd)
