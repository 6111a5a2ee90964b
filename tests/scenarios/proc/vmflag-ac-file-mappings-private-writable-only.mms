# On file mappings too, VmFlags ac is set only where the mapping is private and writable: not on shared mappings of the file or of shared anonymous memory, nor on a read-only private one.
# files and shmem come to the model with the page cache (issue 4)
require files
fd = memfd_create("ac", 0)
ftruncate(fd, PAGE)
s = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
vmflag(s, "ac") == 0
a = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
vmflag(a, "ac") == 0
w = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0)
vmflag(w, "ac") == 1
ro = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 0)
vmflag(ro, "ac") == 0
mprotect(ro, PAGE, PROT_READ | PROT_WRITE)
vmflag(ro, "ac") == 1
