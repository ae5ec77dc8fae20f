print('before interrupt')
raise KeyboardInterrupt
