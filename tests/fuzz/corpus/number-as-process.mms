x = 1
@x read(0)
