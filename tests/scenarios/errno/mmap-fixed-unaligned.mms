# MAP_FIXED and MAP_FIXED_NOREPLACE at an address that is not page aligned fail with -EINVAL; a plain hint is only a hint
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
munmap(r + 4 * PAGE, 4 * PAGE)
mmap(r + 4 * PAGE + 1, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == -EINVAL
mmap(r + 4 * PAGE + PAGE / 2, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) == -EINVAL
vma(r + 4 * PAGE) == NONE
# MAP_FIXED over an existing mapping at an unaligned address leaves it intact
mmap(r + 1, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == -EINVAL
vma(r) == [r, r + 4 * PAGE)
vma_prot(r) == "---p"
# without a FIXED flag, an unaligned hint is not an error
h = mmap(r + 4 * PAGE + 1, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
vma_prot(h) == "r--p"
