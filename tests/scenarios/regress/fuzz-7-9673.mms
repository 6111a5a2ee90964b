# FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE that starts inside a block past the end of file makes ext4 zero that partial block through the page cache, creating page 33 over the preallocated blocks; it stays there not up to date, so once the file has grown, the fault's readahead passes it by and fault-around does not map it (found by mmsim fuzz --seed 7, sequence 9673)
require files
require fault_around_bytes >= 16384
require read_ahead_kb >= 32
require !soft_dirty
require root
require scratch_fs == ext4
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
f1 = open("f2", O_RDWR | O_CREAT, 0600) == 3
fallocate(f1, FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, 33 * PAGE + 2762, 16 * PAGE) == 0
mmap(r + 12 * PAGE, 99 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, f1, 0) == r + 12 * PAGE
ftruncate(f1, 91 * PAGE) == 0
read(r + 47 * PAGE, PAGE) == 0
pagemap(r + 44 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(r + 45 * PAGE) == 0
pagemap(r + 46 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
read(r + 45 * PAGE, 1) == 0
kpageflags(r + 45 * PAGE) & KPF_PRIVATE == KPF_PRIVATE
kpageflags(r + 46 * PAGE) & KPF_PRIVATE == 0
