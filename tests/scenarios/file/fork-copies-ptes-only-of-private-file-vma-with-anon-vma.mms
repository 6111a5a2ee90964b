# fork copies the PTEs of a MAP_PRIVATE file mapping that has COW'd a page (it has an anon_vma), file pages included; it copies none of a shared file mapping or of a private one never written: the child faults those in.
require files
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..2: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
w = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
o = mmap(a + 16 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0)
s = mmap(a + 32 * PAGE, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
write(w, 1, 'w')
read(w + PAGE) == 'd'
read(o) == 'd'
read(s) == 'd'
c = fork()
@c pagemap(w) == PM_PRESENT
@c pagemap(w + PAGE) == PM_PRESENT | PM_FILE
@c pagemap(o) == 0
@c pagemap(s) == 0
@c read(s) == 'd'
@c pagemap(s) == PM_PRESENT | PM_FILE
