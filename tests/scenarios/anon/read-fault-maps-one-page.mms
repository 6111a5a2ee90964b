# A read fault on anonymous memory maps only the faulting page (no fault-around): its neighbours stay not present.
require !soft_dirty
r = mmap(NULL, 20 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(p + 8 * PAGE) == 0
pagemap(p + 8 * PAGE) & PM_PRESENT == PM_PRESENT
pagemap(p + 7 * PAGE) == 0
pagemap(p + 9 * PAGE) == 0
for i in 0..8: pagemap(p + i * PAGE) == 0
for i in 9..16: pagemap(p + i * PAGE) == 0
