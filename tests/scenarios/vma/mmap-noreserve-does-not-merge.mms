# MAP_NORESERVE sets VM_NORESERVE (overcommit not "never"): such a mapping does not merge with a normal neighbour of equal protection.
require vm.overcommit_memory != 2
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE, -1, 0)
vma(a) == [a, m)
vma(m) == [m, m + 4 * PAGE)
vma_prot(m) == "rw-p"
vmflag(m, "nr") == 1
vmflag(a, "nr") == 0
