# munmap at an address that is not page aligned fails with -EINVAL and unmaps nothing; an unaligned length is rounded up
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
munmap(p + 1, PAGE) == -EINVAL
munmap(p + PAGE - 1, 2 * PAGE) == -EINVAL
munmap(p + PAGE / 2, 1) == -EINVAL
vma(p) == [p, p + 8 * PAGE)
read(p, 8 * PAGE) == 'p'
# the length is rounded up: one byte unmaps the whole last page
munmap(p + 6 * PAGE, 1) == 0
vma(p + 6 * PAGE) == NONE
vma(p) == [p, p + 6 * PAGE)
munmap(p, PAGE + 1) == 0
vma(p + PAGE) == NONE
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 6 * PAGE)
