'single'
"double"
'''triple single'''
"""triple double"""
''
""
''''''
""""""
'it\'s'
"say \"hi\""
'''a 'quoted' "word"'''
"""ends with quote\""""
u'unicode prefix'
U"upper"
r'raw \n'
R"raw \d"
r'\''
r"\""
'\n\t\r\\\'\"\a\b\f\v\0'
'\x41\x7e'
'\101\7\77\377'
'\u00e9\u4e2d'
'\U0001F600\U00010000'
'\N{LATIN SMALL LETTER A}\N{EM DASH}\N{DEGREE SIGN}'
'\N{GREEK CAPITAL LETTER DELTA}'
'line \
continued'
"""multi
line
string"""
'''with
	tab and \
continuation'''
'\
'
"tab\there"
"null\x00byte"
'\ud800' if False else None
'surrogate pair: \ud83d\ude00'
