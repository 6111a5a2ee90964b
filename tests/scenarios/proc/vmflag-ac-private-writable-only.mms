# VmFlags ac (VM_ACCOUNT, charged to overcommit) is set on private anonymous mappings that are writable: not on read-only or PROT_NONE ones; mprotect to writable adds it.
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
vmflag(r, "ac") == 0
w = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(w, "ac") == 1
ro = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(ro, "ac") == 0
mprotect(ro, 4 * PAGE, PROT_READ | PROT_WRITE)
vmflag(ro, "ac") == 1
