# Fault-around works on shared anonymous memory: after MADV_DONTNEED, one read fault maps every shmem page of its 16-page window that exists, and leaves the never-touched ones unmapped; a child's first fault does the same.
require files
require fault_around_bytes >= 65536
require !soft_dirty
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 32 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(s, 8 * PAGE, 's')
read(s + 9 * PAGE) == 0
madvise(s, 32 * PAGE, MADV_DONTNEED) == 0
read(s + 3 * PAGE) == 's'
for i in 0..8: pagemap(s + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(s + 8 * PAGE) == 0
pagemap(s + 9 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 10..32: pagemap(s + i * PAGE) == 0
smaps(s, "Rss") == 9 * PAGE
c = fork()
@c read(s + 12 * PAGE) == 0
@c smaps(s, "Rss") == 10 * PAGE
@c pagemap(s + 8 * PAGE) == 0
