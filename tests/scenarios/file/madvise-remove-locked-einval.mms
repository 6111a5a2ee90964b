# MADV_REMOVE over an mlocked range fails with -EINVAL and removes nothing there; the unlocked VMA before it, walked first, is punched.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..4: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
mlock(s + 2 * PAGE, PAGE) == 0
vmflag(s + 2 * PAGE, "lo") == 1
madvise(s + 2 * PAGE, PAGE, MADV_REMOVE) == -EINVAL
read(s + 2 * PAGE, PAGE) == 'd'
madvise(s, 4 * PAGE, MADV_REMOVE) == -EINVAL
read(s + 2 * PAGE, PAGE) == 'd'
read(s + 3 * PAGE, PAGE) == 'd'
pread(fd, 2 * PAGE, 0) == 0
