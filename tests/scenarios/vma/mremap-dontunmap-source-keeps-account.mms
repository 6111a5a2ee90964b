# After MREMAP_DONTUNMAP the source VMA keeps VM_ACCOUNT (6.18 stable fix "correctly account old mapping after MREMAP_DONTUNMAP remap"); the new VMA is accounted too.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 4 * PAGE, 'a')
d = r + 16 * PAGE
mremap(a, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, d) == d
vma(a) == [a, a + 4 * PAGE)
vmflag(a, "ac") == 1
vmflag(d, "ac") == 1
