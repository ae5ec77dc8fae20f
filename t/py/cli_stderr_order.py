import sys
print('to stdout')
print('to stderr', file=sys.stderr)
sys.stderr.write('raw stderr\n')
sys.exit(2)
