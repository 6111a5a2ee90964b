read(q) == 0
