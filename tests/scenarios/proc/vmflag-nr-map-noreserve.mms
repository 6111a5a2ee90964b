# MAP_NORESERVE gives VmFlags nr and no ac (no commit charge) on a private writable mapping; mprotect does not change it.
require vm.overcommit_memory != 2
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0)
vmflag(p, "nr") == 1
vmflag(p, "ac") == 0
write(p, PAGE, 'a')
mprotect(p, 4 * PAGE, PROT_READ)
mprotect(p, 4 * PAGE, PROT_READ | PROT_WRITE)
vmflag(p, "nr") == 1
vmflag(p, "ac") == 0
vmflag(r, "nr") == 0
