print('clean')
raise SystemExit
