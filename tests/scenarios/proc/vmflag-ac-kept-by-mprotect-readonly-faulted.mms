# mprotect to read-only keeps ac on a private anonymous VMA that was write-faulted (it has an anon_vma): the charge stays for the pages it may hold.
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p + PAGE, 1, 'a')
mprotect(p, 4 * PAGE, PROT_READ)
vmflag(p, "ac") == 1
vmflag(p, "wr") == 0
mprotect(p, 4 * PAGE, PROT_NONE)
vmflag(p, "ac") == 1
# even with every page dropped again: the anon_vma stays
madvise(p, 4 * PAGE, MADV_DONTNEED) == 0
mprotect(p, 4 * PAGE, PROT_READ)
vmflag(p, "ac") == 1
