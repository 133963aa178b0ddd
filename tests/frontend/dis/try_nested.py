def f():
    try:
        try:
            a()
        except KeyError:
            b()
        finally:
            c()
    except Exception as e:
        try:
            d(e)
        except:
            pass
