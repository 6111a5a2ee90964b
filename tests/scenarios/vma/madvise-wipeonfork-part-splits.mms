# MADV_WIPEONFORK on part of a VMA sets VM_WIPEONFORK there and splits the VMA; the child sees that part as fresh zero memory.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 12 * PAGE, 'p')
madvise(p + 4 * PAGE, 4 * PAGE, MADV_WIPEONFORK)
vma(p) == [p, p + 4 * PAGE)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
vma(p + 8 * PAGE) == [p + 8 * PAGE, p + 12 * PAGE)
vmflag(p + 4 * PAGE, "wf") == 1
c = fork()
@c vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
@c read(p + 4 * PAGE, 4 * PAGE) == 0
@c read(p, 4 * PAGE) == 'p'
@c exit()
read(p + 4 * PAGE, 4 * PAGE) == 'p'
