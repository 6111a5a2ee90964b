# munmap of a range that wraps or ends beyond the user address space fails with -EINVAL and unmaps nothing
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(p, -PAGE) == -EINVAL
munmap(p, -1) == -EINVAL
munmap(p, 1 << 47) == -EINVAL
munmap(-PAGE, PAGE) == -EINVAL
munmap(-PAGE, 2 * PAGE) == -EINVAL
munmap((1 << 47) - PAGE, 2 * PAGE) == -EINVAL
vma(p) == [p, p + 8 * PAGE)
vma(r) == [r, p)
