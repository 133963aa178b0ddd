# Deeply nested but legal expressions.
x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
y = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
z = {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
w = ----------------------------------------------------------------------------------------------------1
v = a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a
u = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not a
t = f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(x))))))))))))))))))))))))))))))))))))))))))))))))))
s = a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b
r = a[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]
q = a if c0 else b0 if c1 else b1 if c2 else b2 if c3 else b3 if c4 else b4 if c5 else b5 if c6 else b6 if c7 else b7 if c8 else b8 if c9 else b9 if c10 else b10 if c11 else b11 if c12 else b12 if c13 else b13 if c14 else b14 if c15 else b15 if c16 else b16 if c17 else b17 if c18 else b18 if c19 else b19 if c20 else b20 if c21 else b21 if c22 else b22 if c23 else b23 if c24 else b24 if c25 else b25 if c26 else b26 if c27 else b27 if c28 else b28 if c29 else b29 if c30 else b30 if c31 else b31 if c32 else b32 if c33 else b33 if c34 else b34 if c35 else b35 if c36 else b36 if c37 else b37 if c38 else b38 if c39 else b39 if c40 else b40 if c41 else b41 if c42 else b42 if c43 else b43 if c44 else b44 if c45 else b45 if c46 else b46 if c47 else b47 if c48 else b48 if c49 else b49
p = lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: 0
o = 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2
n = a0 < a1 < a2 < a3 < a4 < a5 < a6 < a7 < a8 < a9 < a10 < a11 < a12 < a13 < a14 < a15 < a16 < a17 < a18 < a19 < a20 < a21 < a22 < a23 < a24 < a25 < a26 < a27 < a28 < a29 < a30 < a31 < a32 < a33 < a34 < a35 < a36 < a37 < a38 < a39 < a40 < a41 < a42 < a43 < a44 < a45 < a46 < a47 < a48 < a49 < a50 < a51 < a52 < a53 < a54 < a55 < a56 < a57 < a58 < a59 < a60 < a61 < a62 < a63 < a64 < a65 < a66 < a67 < a68 < a69 < a70 < a71 < a72 < a73 < a74 < a75 < a76 < a77 < a78 < a79 < a80 < a81 < a82 < a83 < a84 < a85 < a86 < a87 < a88 < a89 < a90 < a91 < a92 < a93 < a94 < a95 < a96 < a97 < a98 < a99
m = a0 and a1 and a2 and a3 and a4 and a5 and a6 and a7 and a8 and a9 and a10 and a11 and a12 and a13 and a14 and a15 and a16 and a17 and a18 and a19 and a20 and a21 and a22 and a23 and a24 and a25 and a26 and a27 and a28 and a29 and a30 and a31 and a32 and a33 and a34 and a35 and a36 and a37 and a38 and a39 and a40 and a41 and a42 and a43 and a44 and a45 and a46 and a47 and a48 and a49 and a50 and a51 and a52 and a53 and a54 and a55 and a56 and a57 and a58 and a59 and a60 and a61 and a62 and a63 and a64 and a65 and a66 and a67 and a68 and a69 and a70 and a71 and a72 and a73 and a74 and a75 and a76 and a77 and a78 and a79 and a80 and a81 and a82 and a83 and a84 and a85 and a86 and a87 and a88 and a89 and a90 and a91 and a92 and a93 and a94 and a95 and a96 and a97 and a98 and a99
l = [{'k0': (0,)}, {'k1': (1,)}, {'k2': (2,)}, {'k3': (3,)}, {'k4': (4,)}, {'k5': (5,)}, {'k6': (6,)}, {'k7': (7,)}, {'k8': (8,)}, {'k9': (9,)}, {'k10': (10,)}, {'k11': (11,)}, {'k12': (12,)}, {'k13': (13,)}, {'k14': (14,)}, {'k15': (15,)}, {'k16': (16,)}, {'k17': (17,)}, {'k18': (18,)}, {'k19': (19,)}, {'k20': (20,)}, {'k21': (21,)}, {'k22': (22,)}, {'k23': (23,)}, {'k24': (24,)}, {'k25': (25,)}, {'k26': (26,)}, {'k27': (27,)}, {'k28': (28,)}, {'k29': (29,)}, {'k30': (30,)}, {'k31': (31,)}, {'k32': (32,)}, {'k33': (33,)}, {'k34': (34,)}, {'k35': (35,)}, {'k36': (36,)}, {'k37': (37,)}, {'k38': (38,)}, {'k39': (39,)}, {'k40': (40,)}, {'k41': (41,)}, {'k42': (42,)}, {'k43': (43,)}, {'k44': (44,)}, {'k45': (45,)}, {'k46': (46,)}, {'k47': (47,)}, {'k48': (48,)}, {'k49': (49,)}]
if c0:
    if c1:
        if c2:
            if c3:
                if c4:
                    if c5:
                        if c6:
                            if c7:
                                if c8:
                                    if c9:
                                        if c10:
                                            if c11:
                                                if c12:
                                                    if c13:
                                                        if c14:
                                                            if c15:
                                                                if c16:
                                                                    if c17:
                                                                        if c18:
                                                                            if c19:
                                                                                if c20:
                                                                                    if c21:
                                                                                        if c22:
                                                                                            if c23:
                                                                                                if c24:
                                                                                                    if c25:
                                                                                                        if c26:
                                                                                                            if c27:
                                                                                                                if c28:
                                                                                                                    if c29:
                                                                                                                        if c30:
                                                                                                                            if c31:
                                                                                                                                if c32:
                                                                                                                                    if c33:
                                                                                                                                        if c34:
                                                                                                                                            if c35:
                                                                                                                                                if c36:
                                                                                                                                                    if c37:
                                                                                                                                                        if c38:
                                                                                                                                                            if c39:
                                                                                                                                                                pass
def f0():
    def f1():
        def f2():
            def f3():
                def f4():
                    def f5():
                        def f6():
                            def f7():
                                def f8():
                                    def f9():
                                        def f10():
                                            def f11():
                                                def f12():
                                                    def f13():
                                                        def f14():
                                                            def f15():
                                                                def f16():
                                                                    def f17():
                                                                        def f18():
                                                                            def f19():
                                                                                return 0
