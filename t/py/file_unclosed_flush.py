# Output buffered in files that are never closed is written at exit.
import os, subprocess, sys, tempfile
d = tempfile.mkdtemp()
child = """
import sys
d = sys.argv[1]
for i in range(300):          # many files come and go (collected ones leave the list)
    f = open(d + '/tmp%d' % (i % 7), 'w')
    f.write('x' * i)
    f.close()
keep = open(d + '/text.txt', 'w')
keep.write('never closed\\n')
open(d + '/anon.bin', 'wb').write(b'no name kept')
"""
r = subprocess.run([sys.executable, "-c", child, d])
print("exit", r.returncode)
for name in ("text.txt", "anon.bin"):
    with open(os.path.join(d, name), "rb") as f:
        print(name, f.read())
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
