import cpylib
import locale
print(locale.getlocale(), locale.setlocale(locale.LC_ALL, None), locale.getpreferredencoding(False))
print(locale.localeconv()['decimal_point'], locale.localeconv()['grouping'], locale.format_string('%.2f', 1234.5, grouping=True))
print(locale.strcoll('a', 'b') < 0, locale.strxfrm('abc'), locale.nl_langinfo(locale.CODESET), locale.getencoding())
print(locale.setlocale(locale.LC_NUMERIC, 'C'), locale.str(1.5), locale.atof('2.5'))
try:
    locale.setlocale(locale.LC_ALL, 'xx_XX.nope')
except locale.Error as e:
    print('Error', e)
