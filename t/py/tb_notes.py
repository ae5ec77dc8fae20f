def risky():
    err = ValueError('with notes')
    err.add_note('note one')
    err.add_note('note two')
    raise err
risky()
