# A shmem page that fallocate() preallocated stays not uptodate until first used, so fault-around passes it by; a second fallocate() over it initializes it (SGP_FALLOC), and from then on fault-around maps it (found by mmsim fuzz --seed 10, sequence 72274: the model left it uninitialized)
require files
require fault_around_bytes >= 65536
require !soft_dirty
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
m0 = memfd_create("m0", MFD_ALLOW_SEALING | MFD_CLOEXEC) == 3
fallocate(m0, 0, 0, 16 * PAGE) == 0
fallocate(m0, 0, 8 * PAGE, 4 * PAGE) == 0
mmap(r, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m0, 0) == r
# the fault at page 5 maps the window [0, 16) where pages are uptodate: 8 to 11
read(r + 5 * PAGE) == 0
pagemap(r + 5 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(r + 4 * PAGE) == 0
pagemap(r + 7 * PAGE) == 0
pagemap(r + 8 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(r + 11 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(r + 12 * PAGE) == 0
read(r, 16 * PAGE) == 0
# the case as found: preallocated past the end, then the file grows over it
m1 = memfd_create("m1", 0) == 4
fallocate(m1, FALLOC_FL_KEEP_SIZE, 12 * PAGE, 51 * PAGE) == 0
fallocate(m1, FALLOC_FL_KEEP_SIZE, 44 * PAGE, 62 * PAGE) == 0
mmap(r + 14 * PAGE, 45 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED | MAP_LOCKED, m1, 0) == r + 14 * PAGE
ftruncate(m1, 105 * PAGE) == 0
read(r + 57 * PAGE + 387) == 0
pagemap(r + 56 * PAGE) == 0
pagemap(r + 58 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
