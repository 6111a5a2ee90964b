# mprotect to read-only drops ac from a private anonymous VMA that has no anon_vma yet (never write-faulted: a read maps the zero page): its commit charge is given back.
require zero_page
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "ac") == 1
# a read fault maps the zero page and prepares no anon_vma
read(p) == 0
mprotect(p, 4 * PAGE, PROT_READ)
vmflag(p, "ac") == 0
mprotect(p, 4 * PAGE, PROT_READ | PROT_WRITE)
vmflag(p, "ac") == 1
# PROT_NONE drops it the same way
mprotect(p + 2 * PAGE, 2 * PAGE, PROT_NONE)
vmflag(p + 2 * PAGE, "ac") == 0
vmflag(p, "ac") == 1
