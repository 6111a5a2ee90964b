# A MAP_SHARED mapping has VmFlags sh and ms, and its permission string ends in "s"; a read-only shared memfd mapping of a writable fd keeps mw (mprotect may add PROT_WRITE later).
# files and shmem come to the model with the page cache (issue 4)
require files
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
vmflag(p, "sh") == 1
vmflag(p, "ms") == 1
vmflag(p, "ac") == 0
vma_prot(p) == "rw-s"
fd = memfd_create("shared-flags", 0)
ftruncate(fd, PAGE)
s = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0)
vmflag(s, "sh") == 1
vmflag(s, "ms") == 1
vmflag(s, "wr") == 0
vmflag(s, "mw") == 1
vma_prot(s) == "r--s"
q = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0)
vmflag(q, "sh") == 0
vmflag(q, "ms") == 0
vma_prot(q) == "rw-p"
