# vma_prot ends in "s" for MAP_SHARED mappings ("rw-s", "r--s", "---s") and in "p" for private ones of the same file; mprotect changes the first three columns only.
# files and shmem come to the model with the page cache (issue 4)
require files
fd = memfd_create("prot", 0)
ftruncate(fd, 4 * PAGE)
s = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
vma_prot(s) == "rw-s"
t = mmap(NULL, 2 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
vma_prot(t) == "r--s"
mprotect(t, 2 * PAGE, PROT_NONE)
vma_prot(t) == "---s"
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0)
vma_prot(p) == "rw-p"
a = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
vma_prot(a) == "rw-s"
mprotect(a, PAGE, PROT_READ)
vma_prot(a) == "r--s"
vma_prot(a + PAGE) == "rw-s"
