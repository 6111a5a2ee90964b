# mremap of an address where nothing is mapped fails with -EFAULT, with or without flags
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
munmap(r + 8 * PAGE, 8 * PAGE)
h = r + 8 * PAGE
mremap(h, PAGE, PAGE, 0) == -EFAULT
mremap(h, PAGE, 2 * PAGE, 0) == -EFAULT
mremap(h, 2 * PAGE, PAGE, 0) == -EFAULT
mremap(h, PAGE, 2 * PAGE, MREMAP_MAYMOVE) == -EFAULT
mremap(h, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 20 * PAGE) == -EFAULT
vma(h) == NONE
vma_prot(r + 20 * PAGE) == "---p"
