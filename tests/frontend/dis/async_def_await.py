async def fetch(session, url):
    response = await session.get(url)
    data = await response.json()
    return data

async def main():
    return await fetch(None, "x")
