z = 0
x = 1 / z
