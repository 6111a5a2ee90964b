# growing a mapping in place fails with -ENOMEM when the next pages are taken and MREMAP_MAYMOVE is not given
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
# the PROT_NONE carve-out follows p
mremap(p, 4 * PAGE, 5 * PAGE, 0) == -ENOMEM
vma(p) == [p, p + 4 * PAGE)
vma_prot(p + 4 * PAGE) == "---p"
# with MAYMOVE it moves elsewhere
q = mremap(p, 4 * PAGE, 5 * PAGE, MREMAP_MAYMOVE)
read(q, 4 * PAGE) == 'p'
read(q + 4 * PAGE, PAGE) == 0
vma(p) == NONE
