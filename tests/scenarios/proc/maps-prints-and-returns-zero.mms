# maps() prints the process's maps and its outcome is 0, in the parent and in a child, before and after changes.
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
maps() == 0
mprotect(p + PAGE, PAGE, PROT_READ)
maps() == 0
c = fork()
@c munmap(p, 4 * PAGE)
@c maps() == 0
maps()
