# msync over a range with a hole fails with -ENOMEM, whether the hole is at the start, in the middle or at the end
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 8 * PAGE, 4 * PAGE)
b = mmap(r + 12 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 4 * PAGE, 'a')
msync(a, 12 * PAGE, MS_SYNC) == -ENOMEM
msync(a, 12 * PAGE, MS_ASYNC) == -ENOMEM
msync(a, 12 * PAGE, 0) == -ENOMEM
msync(r + 8 * PAGE, 8 * PAGE, MS_SYNC) == -ENOMEM
msync(r + 8 * PAGE, PAGE, MS_ASYNC) == -ENOMEM
msync(a + 2 * PAGE, 4 * PAGE, MS_SYNC) == -ENOMEM
read(a, 4 * PAGE) == 'a'
# both sides of the hole on their own are fine
msync(a, 4 * PAGE, MS_SYNC) == 0
msync(r, 8 * PAGE, MS_SYNC) == 0
