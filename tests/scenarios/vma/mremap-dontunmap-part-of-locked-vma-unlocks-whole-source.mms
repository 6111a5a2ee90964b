# MREMAP_DONTUNMAP of part of an mlock()ed VMA clears VM_LOCKED on the whole source VMA without splitting it; the destination stays locked.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 8 * PAGE, 'a')
mlock(a, 8 * PAGE)
vmflag(a, "lo") == 1
d = r + 24 * PAGE
mremap(a + 2 * PAGE, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, d) == d
vma(a) == [a, a + 8 * PAGE)
vmflag(a, "lo") == 0
vmflag(a + 6 * PAGE, "lo") == 0
smaps(a, "Locked") == 0
vma(d) == [d, d + 2 * PAGE)
vmflag(d, "lo") == 1
read(a, 2 * PAGE) == 'a'
read(d, 2 * PAGE) == 'a'
