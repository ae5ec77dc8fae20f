visible = 'v'
_invisible = 'i'
