def wide(flag):
    values = [
        'c0',
        'c1',
        'c2',
        'c3',
        'c4',
        'c5',
        'c6',
        'c7',
        'c8',
        'c9',
        'c10',
        'c11',
        'c12',
        'c13',
        'c14',
        'c15',
        'c16',
        'c17',
        'c18',
        'c19',
        'c20',
        'c21',
        'c22',
        'c23',
        'c24',
        'c25',
        'c26',
        'c27',
        'c28',
        'c29',
        'c30',
        'c31',
        'c32',
        'c33',
        'c34',
        'c35',
        'c36',
        'c37',
        'c38',
        'c39',
        'c40',
        'c41',
        'c42',
        'c43',
        'c44',
        'c45',
        'c46',
        'c47',
        'c48',
        'c49',
        'c50',
        'c51',
        'c52',
        'c53',
        'c54',
        'c55',
        'c56',
        'c57',
        'c58',
        'c59',
        'c60',
        'c61',
        'c62',
        'c63',
        'c64',
        'c65',
        'c66',
        'c67',
        'c68',
        'c69',
        'c70',
        'c71',
        'c72',
        'c73',
        'c74',
        'c75',
        'c76',
        'c77',
        'c78',
        'c79',
        'c80',
        'c81',
        'c82',
        'c83',
        'c84',
        'c85',
        'c86',
        'c87',
        'c88',
        'c89',
        'c90',
        'c91',
        'c92',
        'c93',
        'c94',
        'c95',
        'c96',
        'c97',
        'c98',
        'c99',
        'c100',
        'c101',
        'c102',
        'c103',
        'c104',
        'c105',
        'c106',
        'c107',
        'c108',
        'c109',
        'c110',
        'c111',
        'c112',
        'c113',
        'c114',
        'c115',
        'c116',
        'c117',
        'c118',
        'c119',
        'c120',
        'c121',
        'c122',
        'c123',
        'c124',
        'c125',
        'c126',
        'c127',
        'c128',
        'c129',
        'c130',
        'c131',
        'c132',
        'c133',
        'c134',
        'c135',
        'c136',
        'c137',
        'c138',
        'c139',
        'c140',
        'c141',
        'c142',
        'c143',
        'c144',
        'c145',
        'c146',
        'c147',
        'c148',
        'c149',
        'c150',
        'c151',
        'c152',
        'c153',
        'c154',
        'c155',
        'c156',
        'c157',
        'c158',
        'c159',
        'c160',
        'c161',
        'c162',
        'c163',
        'c164',
        'c165',
        'c166',
        'c167',
        'c168',
        'c169',
        'c170',
        'c171',
        'c172',
        'c173',
        'c174',
        'c175',
        'c176',
        'c177',
        'c178',
        'c179',
        'c180',
        'c181',
        'c182',
        'c183',
        'c184',
        'c185',
        'c186',
        'c187',
        'c188',
        'c189',
        'c190',
        'c191',
        'c192',
        'c193',
        'c194',
        'c195',
        'c196',
        'c197',
        'c198',
        'c199',
        'c200',
        'c201',
        'c202',
        'c203',
        'c204',
        'c205',
        'c206',
        'c207',
        'c208',
        'c209',
        'c210',
        'c211',
        'c212',
        'c213',
        'c214',
        'c215',
        'c216',
        'c217',
        'c218',
        'c219',
        'c220',
        'c221',
        'c222',
        'c223',
        'c224',
        'c225',
        'c226',
        'c227',
        'c228',
        'c229',
        'c230',
        'c231',
        'c232',
        'c233',
        'c234',
        'c235',
        'c236',
        'c237',
        'c238',
        'c239',
        'c240',
        'c241',
        'c242',
        'c243',
        'c244',
        'c245',
        'c246',
        'c247',
        'c248',
        'c249',
        'c250',
        'c251',
        'c252',
        'c253',
        'c254',
        'c255',
        'c256',
        'c257',
        'c258',
        'c259',
        'c260',
        'c261',
        'c262',
        'c263',
        'c264',
        'c265',
        'c266',
        'c267',
        'c268',
        'c269',
        'c270',
        'c271',
        'c272',
        'c273',
        'c274',
        'c275',
        'c276',
        'c277',
        'c278',
        'c279',
        'c280',
        'c281',
        'c282',
        'c283',
        'c284',
        'c285',
        'c286',
        'c287',
        'c288',
        'c289',
        'c290',
        'c291',
        'c292',
        'c293',
        'c294',
        'c295',
        'c296',
        'c297',
        'c298',
        'c299',
    ]
    if flag:
        flag = flag + 0 * values[0]
        flag = flag + 1 * values[1]
        flag = flag + 2 * values[2]
        flag = flag + 3 * values[3]
        flag = flag + 4 * values[4]
        flag = flag + 5 * values[5]
        flag = flag + 6 * values[6]
        flag = flag + 7 * values[7]
        flag = flag + 8 * values[8]
        flag = flag + 9 * values[9]
        flag = flag + 10 * values[10]
        flag = flag + 11 * values[11]
        flag = flag + 12 * values[12]
        flag = flag + 13 * values[13]
        flag = flag + 14 * values[14]
        flag = flag + 15 * values[15]
        flag = flag + 16 * values[16]
        flag = flag + 17 * values[17]
        flag = flag + 18 * values[18]
        flag = flag + 19 * values[19]
        flag = flag + 20 * values[20]
        flag = flag + 21 * values[21]
        flag = flag + 22 * values[22]
        flag = flag + 23 * values[23]
        flag = flag + 24 * values[24]
        flag = flag + 25 * values[25]
        flag = flag + 26 * values[26]
        flag = flag + 27 * values[27]
        flag = flag + 28 * values[28]
        flag = flag + 29 * values[29]
        flag = flag + 30 * values[30]
        flag = flag + 31 * values[31]
        flag = flag + 32 * values[32]
        flag = flag + 33 * values[33]
        flag = flag + 34 * values[34]
        flag = flag + 35 * values[35]
        flag = flag + 36 * values[36]
        flag = flag + 37 * values[37]
        flag = flag + 38 * values[38]
        flag = flag + 39 * values[39]
        flag = flag + 40 * values[40]
        flag = flag + 41 * values[41]
        flag = flag + 42 * values[42]
        flag = flag + 43 * values[43]
        flag = flag + 44 * values[44]
        flag = flag + 45 * values[45]
        flag = flag + 46 * values[46]
        flag = flag + 47 * values[47]
        flag = flag + 48 * values[48]
        flag = flag + 49 * values[49]
        flag = flag + 50 * values[50]
        flag = flag + 51 * values[51]
        flag = flag + 52 * values[52]
        flag = flag + 53 * values[53]
        flag = flag + 54 * values[54]
        flag = flag + 55 * values[55]
        flag = flag + 56 * values[56]
        flag = flag + 57 * values[57]
        flag = flag + 58 * values[58]
        flag = flag + 59 * values[59]
        flag = flag + 60 * values[60]
        flag = flag + 61 * values[61]
        flag = flag + 62 * values[62]
        flag = flag + 63 * values[63]
        flag = flag + 64 * values[64]
        flag = flag + 65 * values[65]
        flag = flag + 66 * values[66]
        flag = flag + 67 * values[67]
        flag = flag + 68 * values[68]
        flag = flag + 69 * values[69]
        flag = flag + 70 * values[70]
        flag = flag + 71 * values[71]
        flag = flag + 72 * values[72]
        flag = flag + 73 * values[73]
        flag = flag + 74 * values[74]
        flag = flag + 75 * values[75]
        flag = flag + 76 * values[76]
        flag = flag + 77 * values[77]
        flag = flag + 78 * values[78]
        flag = flag + 79 * values[79]
        flag = flag + 80 * values[80]
        flag = flag + 81 * values[81]
        flag = flag + 82 * values[82]
        flag = flag + 83 * values[83]
        flag = flag + 84 * values[84]
        flag = flag + 85 * values[85]
        flag = flag + 86 * values[86]
        flag = flag + 87 * values[87]
        flag = flag + 88 * values[88]
        flag = flag + 89 * values[89]
        flag = flag + 90 * values[90]
        flag = flag + 91 * values[91]
        flag = flag + 92 * values[92]
        flag = flag + 93 * values[93]
        flag = flag + 94 * values[94]
        flag = flag + 95 * values[95]
        flag = flag + 96 * values[96]
        flag = flag + 97 * values[97]
        flag = flag + 98 * values[98]
        flag = flag + 99 * values[99]
        flag = flag + 100 * values[100]
        flag = flag + 101 * values[101]
        flag = flag + 102 * values[102]
        flag = flag + 103 * values[103]
        flag = flag + 104 * values[104]
        flag = flag + 105 * values[105]
        flag = flag + 106 * values[106]
        flag = flag + 107 * values[107]
        flag = flag + 108 * values[108]
        flag = flag + 109 * values[109]
        flag = flag + 110 * values[110]
        flag = flag + 111 * values[111]
        flag = flag + 112 * values[112]
        flag = flag + 113 * values[113]
        flag = flag + 114 * values[114]
        flag = flag + 115 * values[115]
        flag = flag + 116 * values[116]
        flag = flag + 117 * values[117]
        flag = flag + 118 * values[118]
        flag = flag + 119 * values[119]
        flag = flag + 120 * values[120]
        flag = flag + 121 * values[121]
        flag = flag + 122 * values[122]
        flag = flag + 123 * values[123]
        flag = flag + 124 * values[124]
        flag = flag + 125 * values[125]
        flag = flag + 126 * values[126]
        flag = flag + 127 * values[127]
        flag = flag + 128 * values[128]
        flag = flag + 129 * values[129]
        flag = flag + 130 * values[130]
        flag = flag + 131 * values[131]
        flag = flag + 132 * values[132]
        flag = flag + 133 * values[133]
        flag = flag + 134 * values[134]
        flag = flag + 135 * values[135]
        flag = flag + 136 * values[136]
        flag = flag + 137 * values[137]
        flag = flag + 138 * values[138]
        flag = flag + 139 * values[139]
        flag = flag + 140 * values[140]
        flag = flag + 141 * values[141]
        flag = flag + 142 * values[142]
        flag = flag + 143 * values[143]
        flag = flag + 144 * values[144]
        flag = flag + 145 * values[145]
        flag = flag + 146 * values[146]
        flag = flag + 147 * values[147]
        flag = flag + 148 * values[148]
        flag = flag + 149 * values[149]
        flag = flag + 150 * values[150]
        flag = flag + 151 * values[151]
        flag = flag + 152 * values[152]
        flag = flag + 153 * values[153]
        flag = flag + 154 * values[154]
        flag = flag + 155 * values[155]
        flag = flag + 156 * values[156]
        flag = flag + 157 * values[157]
        flag = flag + 158 * values[158]
        flag = flag + 159 * values[159]
        flag = flag + 160 * values[160]
        flag = flag + 161 * values[161]
        flag = flag + 162 * values[162]
        flag = flag + 163 * values[163]
        flag = flag + 164 * values[164]
        flag = flag + 165 * values[165]
        flag = flag + 166 * values[166]
        flag = flag + 167 * values[167]
        flag = flag + 168 * values[168]
        flag = flag + 169 * values[169]
        flag = flag + 170 * values[170]
        flag = flag + 171 * values[171]
        flag = flag + 172 * values[172]
        flag = flag + 173 * values[173]
        flag = flag + 174 * values[174]
        flag = flag + 175 * values[175]
        flag = flag + 176 * values[176]
        flag = flag + 177 * values[177]
        flag = flag + 178 * values[178]
        flag = flag + 179 * values[179]
        flag = flag + 180 * values[180]
        flag = flag + 181 * values[181]
        flag = flag + 182 * values[182]
        flag = flag + 183 * values[183]
        flag = flag + 184 * values[184]
        flag = flag + 185 * values[185]
        flag = flag + 186 * values[186]
        flag = flag + 187 * values[187]
        flag = flag + 188 * values[188]
        flag = flag + 189 * values[189]
        flag = flag + 190 * values[190]
        flag = flag + 191 * values[191]
        flag = flag + 192 * values[192]
        flag = flag + 193 * values[193]
        flag = flag + 194 * values[194]
        flag = flag + 195 * values[195]
        flag = flag + 196 * values[196]
        flag = flag + 197 * values[197]
        flag = flag + 198 * values[198]
        flag = flag + 199 * values[199]
    return flag








































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































def late(a):
    for _ in a:
        pass
    return a
