# mmap lengths that wrap when rounded up, or ranges that end beyond the user address space, fail with -ENOMEM
mmap(NULL, -PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == -ENOMEM
mmap(NULL, -1, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == -ENOMEM
mmap(NULL, 1 << 47, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == -ENOMEM
# addr + len beyond the top of the 47-bit address space, and addr + len wrapping
mmap((1 << 47) - PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == -ENOMEM
mmap(-PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == -ENOMEM
mmap(-PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) == -ENOMEM
# without a FIXED flag an impossible hint is ignored
h = mmap(-PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
vma(h) == [h, h + PAGE)
