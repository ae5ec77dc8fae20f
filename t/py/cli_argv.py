import sys
print(sys.argv, type(sys.orig_argv).__name__)
print(__name__, __file__.endswith('cli_argv.py'), __package__, __spec__)
print(sys.path[0].endswith('t/py'))
