# A fault that misses the cache in an executable file mapping reads from the faulting page on, to the end of the VMA at most, not around it: fault-around then maps only pages from the fault on; MADV_RANDOM does not stop it (found by mmsim fuzz --seed 3, sequence 837: the model read around the fault)
require files
require fault_around_bytes >= 65536
require fault_around_bytes <= 131072
require read_ahead_kb >= 64
require !soft_dirty
require scratch_fs == ext4
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
f = open("f", O_RDWR | O_CREAT, 0600) == 3
ftruncate(f, 40 * PAGE) == 0
mmap(r, 40 * PAGE, PROT_READ | PROT_EXEC, MAP_SHARED | MAP_FIXED, f, 0) == r
read(r + 20 * PAGE) == 0
# the fault-around window is [r + 16, r + 32), but pages 16-19 were not read
pagemap(r + 16 * PAGE) == 0
pagemap(r + 19 * PAGE) == 0
pagemap(r + 20 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(r + 31 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(r + 32 * PAGE) == 0
# a second fault before it reads from there: [r + 8, r + 16) is mapped, pages 8-19 now cached
read(r + 8 * PAGE) == 0
pagemap(r + 7 * PAGE) == 0
pagemap(r + 8 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(r + 15 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
# the same file mapped without PROT_EXEC reads around the fault: pages 0-7 come in
mmap(r + 100 * PAGE, 40 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, f, 0) == r + 100 * PAGE
read(r + 101 * PAGE) == 0
pagemap(r + 100 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(r + 115 * PAGE) == PM_PRESENT | PM_FILE
# the readahead stops at the VMA's end: a 6-page VMA at file page 0, fault at its page 5
g = open("g", O_RDWR | O_CREAT, 0600) == 4
ftruncate(g, 40 * PAGE) == 0
mmap(r + 36 * PAGE, 6 * PAGE, PROT_READ | PROT_EXEC, MAP_SHARED_VALIDATE | MAP_FIXED, g, 0) == r + 36 * PAGE
read(r + 41 * PAGE + 1762) == 0
pagemap(r + 36 * PAGE) == 0
pagemap(r + 41 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
mmap(r + 200 * PAGE, 40 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, g, 0) == r + 200 * PAGE
read(r + 230 * PAGE) == 0
pagemap(r + 230 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
# MADV_RANDOM reads nothing ahead, except on an executable mapping
h = open("h", O_RDWR | O_CREAT, 0600) == 5
ftruncate(h, 40 * PAGE) == 0
mmap(r + 300 * PAGE, 40 * PAGE, PROT_READ | PROT_EXEC, MAP_SHARED | MAP_FIXED, h, 0) == r + 300 * PAGE
madvise(r + 300 * PAGE, 40 * PAGE, MADV_RANDOM) == 0
read(r + 320 * PAGE) == 0
read(r + 321 * PAGE) == 0
pagemap(r + 320 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(r + 331 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
