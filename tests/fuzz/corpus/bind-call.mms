mmap = 3
