# maps() names a memfd /memfd:NAME (deleted), from the root of its internal mount, and a disk file of the scratch directory ./NAME: mmsim fuzz and mmsim fuzz --replay compare the maps() lines around the carve-out, which run and diff only print (found by mmsim fuzz --seed 6, sequence 14: the model printed ./memfd:m0)
require files
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
m0 = memfd_create("m0", 0) == 3
ftruncate(m0, 3 * PAGE) == 0
mmap(r + 43 * PAGE, 3 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, m0, 0) == r + 43 * PAGE
f = open("f", O_RDWR | O_CREAT, 0600) == 4
ftruncate(f, PAGE) == 0
mmap(r + 50 * PAGE, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, f, 0) == r + 50 * PAGE
mmap(r + 52 * PAGE, PAGE, PROT_READ, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 52 * PAGE
maps()
