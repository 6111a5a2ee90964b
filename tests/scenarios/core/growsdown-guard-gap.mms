# A stack does not grow to within stack_guard_gap (256 pages) of an accessible VMA below it:
# the fault is SIGSEGV and the VMA keeps its size; farther away it grows.
r = mmap(NULL, 1024 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
s = mmap(r + 1000 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_GROWSDOWN, -1, 0)
munmap(r + 100 * PAGE, 900 * PAGE)
m = mmap(r + 800 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(s - PAGE, 1, 'g') == SIGSEGV
vma(s) == [s, s + 4 * PAGE)
munmap(m, PAGE)
write(s - PAGE, 1, 'g') == 0
vma(s) == [s - PAGE, s + 4 * PAGE)
