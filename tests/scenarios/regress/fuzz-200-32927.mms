# ftruncate() growing an empty disk file to a size inside its first block leaves page 0 in the cache not up to date: the read fault on it reads that page alone, with no read-around, so a later page of the mapping stays unmapped (found by mmsim fuzz --seed 200, sequence 32927: the model read the window around the fault)
require files
require scratch_fs == ext4
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
f0 = open("f2", O_RDWR | O_CREAT, 0600) == 3
ftruncate(f0, 1) == 0
mmap(r + 12 * PAGE, 9 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, f0, 0) == r + 12 * PAGE
pwrite(f0, 'x', 52 * PAGE, 46 * PAGE) == 212992
read(r + 12 * PAGE) == 0
t2 = frame(r + 18 * PAGE) == NONE
