# This kernel has no soft-dirty tracking: no VMA ever shows VmFlags sd, not new, written, moved or forked ones.
require !soft_dirty
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
vmflag(r, "sd") == 0
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "sd") == 0
write(p, 4 * PAGE, 'a')
vmflag(p, "sd") == 0
q = mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 10 * PAGE)
vmflag(q, "sd") == 0
c = fork()
@c vmflag(q, "sd") == 0
