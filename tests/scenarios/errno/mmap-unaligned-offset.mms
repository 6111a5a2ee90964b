# mmap with an offset that is not a multiple of the page size fails with -EINVAL, even for anonymous memory
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
munmap(r + 4 * PAGE, 4 * PAGE)
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 1) == -EINVAL
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, PAGE + 1) == -EINVAL
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, PAGE - 1) == -EINVAL
mmap(r + 4 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 12) == -EINVAL
vma(r + 4 * PAGE) == NONE
# an aligned offset is accepted and ignored for anonymous memory
a = mmap(r + 4 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 3 * PAGE) == r + 4 * PAGE
read(a, PAGE) == 0
