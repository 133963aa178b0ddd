async def f(lock, session):
    async with lock:
        pass
    async with session as s, lock:
        return await s.get()
