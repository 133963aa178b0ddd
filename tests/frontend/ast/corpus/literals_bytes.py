b''
b'bytes'
B"BYTES"
br'raw \n'
rb"raw"
Rb'x'
bR'x'
RB'x'
b'\x00\xff\x7f'
b'\n\t\\'
b'\101\0\377'
b'''triple
bytes'''
b"""x"""
b'a' b'b'
b'a' rb'\b'
b'\
'
