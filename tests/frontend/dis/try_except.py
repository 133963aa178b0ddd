def f(x):
    try:
        return int(x)
    except ValueError:
        return 0
    except (TypeError, KeyError):
        return -1
    except:
        raise
