nums = [0, 7, 999, 1000, 12345, 123456, 1234567, -1234567, 10**12, -(10**15)]
for n in nums:
    print(n, format(n, ","), format(n, "_"), format(n, "_x"), format(n, "_o"), format(n, "_b")[-9:], format(n, "015,"), format(n, "+015_"), format(n, ">15,"), format(n, "=+15,"))
for x in [0.0, 1234.5, -1234567.891, 1e10, 123456789.123456, 0.000123]:
    print(x, format(x, ","), format(x, ",.2f"), format(x, "_.3e"), format(x, ",g"), format(x, "020,.3f"), format(x, ",%"), format(x, "_"))
print(format(1234, "07,"), format(1234, "06,"), format(-1234, "07,"), format(1234.5, "09,.1f"), format(12, "05_"), format(123456, "010_x"))
