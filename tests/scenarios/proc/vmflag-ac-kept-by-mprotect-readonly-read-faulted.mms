# Without the zero page, a read fault prepares an anon_vma, so mprotect to read-only keeps ac on a private anonymous VMA that was only ever read: the commit charge stays, as after a write.
require !zero_page
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "ac") == 1
# a read fault allocates a page of the process's own and prepares the anon_vma
read(p) == 0
mprotect(p, 4 * PAGE, PROT_READ)
vmflag(p, "ac") == 1
mprotect(p, 4 * PAGE, PROT_READ | PROT_WRITE)
vmflag(p, "ac") == 1
# PROT_NONE keeps it the same way, in the part split off too
mprotect(p + 2 * PAGE, 2 * PAGE, PROT_NONE)
vmflag(p + 2 * PAGE, "ac") == 1
vmflag(p, "ac") == 1
vma(p) == [p, p + 2 * PAGE)
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 4 * PAGE)
