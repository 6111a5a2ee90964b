fd = memfd_create("m, 0)
