# A clean shared file page mapped by parent and child is Shared_Clean in both, Pss half a page each; a page only the parent maps stays Private_Clean at full Pss.
require files
require fault_around_bytes > 4096
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..2: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(s) == 'd'
c = fork()
@c madvise(s, 2 * PAGE, MADV_RANDOM) == 0
@c read(s) == 'd'
@c smaps(s, "Rss") == 2 * PAGE
smaps(s, "Shared_Clean") == 2 * PAGE
smaps(s, "Private_Clean") == 0
smaps(s, "Pss") == 4 * KiB
@c smaps(s, "Pss") == 4 * KiB
@c munmap(s + PAGE, PAGE) == 0
smaps(s, "Shared_Clean") == PAGE
smaps(s, "Private_Clean") == PAGE
smaps(s, "Pss") == 6 * KiB
smaps(s, "Anonymous") == 0
