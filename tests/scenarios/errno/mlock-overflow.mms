# mlock, mlock2 and munlock of a range whose end wraps fail with -EINVAL; a length that rounds up to exactly 0 (-1) returns 0 and locks nothing
require root
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(p, -PAGE) == -EINVAL
mlock(-PAGE, 2 * PAGE) == -EINVAL
mlock2(p, -PAGE, 0) == -EINVAL
munlock(p, -PAGE) == -EINVAL
vmflag(p, "lo") == 0
vma(p) == [p, p + 8 * PAGE)
mlock(-PAGE, PAGE) == -EINVAL
# an end that does not wrap but lies beyond every VMA is only a hole
mlock(-2 * PAGE, PAGE) == -ENOMEM
# PAGE_ALIGN(-1) is 0: the call does nothing
mlock(p, -1) == 0
mlock(p + 1, -1) == 0
mlock2(p, -1, 0) == 0
munlock(p, -1) == 0
vmflag(p, "lo") == 0
vma(p) == [p, p + 8 * PAGE)
