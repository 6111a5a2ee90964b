# munmap with an address that is not page aligned fails with -EINVAL and leaves the VMA whole.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(p + 1, PAGE) == -EINVAL
munmap(p, 0) == -EINVAL
vma(p) == [p, p + 4 * PAGE)
