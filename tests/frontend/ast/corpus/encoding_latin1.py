# -*- coding: latin-1 -*-
# The declared encoding decodes these bytes: é ü
x = "été"
é = 1
y = f"{é}ü"
