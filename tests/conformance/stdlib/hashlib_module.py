# hashlib over the builtin hash modules (_md5, _sha1, _sha2, _sha3, _blake2), hmac on top of them.
import hashlib
import hmac
import io

MESSAGES = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5, b"a" * 1000]
NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]

print(sorted(hashlib.algorithms_guaranteed))
for name in NAMES:
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size)
    for m in MESSAGES:
        print(" ", hashlib.new(name, m).hexdigest())
    # Updates in pieces (across block boundaries) give the same digest.
    h = getattr(hashlib, name)()
    for i in range(0, 1280, 37):
        h.update(MESSAGES[3][i:i + 37])
    print("  pieces", h.hexdigest() == hashlib.new(name, MESSAGES[3]).hexdigest())
    c = h.copy()
    c.update(b"more")
    print("  copy", c.hexdigest() != h.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))

for name in ["shake_128", "shake_256"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(16), h.hexdigest(200)[-20:], len(h.digest(500)))
    print(" ", hashlib.new(name, b"").hexdigest(32), h.copy().digest(0))

print("-- blake2 parameters")
print(hashlib.blake2b(b"abc", digest_size=20).hexdigest(), hashlib.blake2s(b"abc", digest_size=16).hexdigest())
print(hashlib.blake2b(b"msg", key=b"secret key").hexdigest())
print(hashlib.blake2s(b"msg", key=b"k" * 32).hexdigest())
print(hashlib.blake2b(key=b"only a key").hexdigest())
print(hashlib.blake2b(b"x" * 128, key=b"k").hexdigest())
print(hashlib.blake2b(b"msg", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2s(b"msg", salt=b"12345678", person=b"abcdefgh").hexdigest())
print(hashlib.blake2b(b"tree", fanout=2, depth=2, leaf_size=4096, node_offset=1, node_depth=1, inner_size=64, last_node=True).hexdigest())
print(hashlib.blake2s(b"tree", fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1, node_depth=255, inner_size=32).hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
for kwargs in [dict(digest_size=0), dict(digest_size=65), dict(key=b"x" * 65), dict(salt=b"x" * 17), dict(person=b"x" * 17),
               dict(fanout=256), dict(depth=0), dict(leaf_size=-1), dict(leaf_size=2**32), dict(node_offset=-1),
               dict(node_depth=256), dict(inner_size=65)]:
    try:
        hashlib.blake2b(**kwargs)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for kwargs in [dict(digest_size=33), dict(node_offset=2**48), dict(salt=b"123456789")]:
    try:
        hashlib.blake2s(**kwargs)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print("-- errors and details")
for bad in ["text", 12]:
    for name in ["md5", "sha256", "sha3_256", "blake2b"]:
        try:
            hashlib.new(name, bad)
        except TypeError as e:
            print(name, e)
try:
    hashlib.new("nonexistent")
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.md5(b"", string=b"")
except TypeError as e:
    print("TypeError", e)
print(hashlib.md5(string=b"abc").hexdigest(), hashlib.sha256(data=b"abc").hexdigest()[:16], hashlib.sha1(usedforsecurity=False).hexdigest())
print(hashlib.sha256(bytearray(b"abc")).hexdigest() == hashlib.sha256(memoryview(b"abc")).hexdigest())
print(type(hashlib.blake2s()).__name__, type(hashlib.blake2b()).__module__)
print(hashlib.file_digest(io.BytesIO(b"file contents"), "sha256").hexdigest())
print(hashlib.file_digest(io.BufferedReader(io.BytesIO(b"x" * 300000)), hashlib.md5).hexdigest())

print("-- hmac")
for digest in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", hashlib.sha224]:
    h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", digest)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(hmac.new(b"k" * 200, b"long key", "sha256").hexdigest())
h = hmac.new(b"key", digestmod="sha256")
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest())
print(hmac.digest(b"key", b"message", "sha256").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
try:
    hmac.new(b"key")
except TypeError as e:
    print("TypeError", e)
