def f():
    try:
        pass
    except Exception as e:
        print(e)
    try:
        pass
    except* Exception as eg:
        print(eg)
