import sys
sys.stdout.write('partial line without newline')
raise ValueError('uncaught at top')
