# MAP_FIXED_NOREPLACE fails with -EEXIST if any page of the range is already mapped, and changes nothing
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
munmap(r + 8 * PAGE, 8 * PAGE)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
# exactly over the mapping, inside it, and overlapping only its last page
mmap(p, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) == -EEXIST
mmap(p + PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) == -EEXIST
mmap(p + 3 * PAGE, 8 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) == -EEXIST
# a PROT_NONE mapping counts as a mapping too
mmap(r, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) == -EEXIST
vma(p) == [p, p + 4 * PAGE)
vma_prot(p) == "rw-p"
read(p, 4 * PAGE) == 'p'
vma(r + 8 * PAGE) == NONE
# the free range right after it is accepted
q = mmap(r + 8 * PAGE, 8 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) == r + 8 * PAGE
vma_prot(q) == "r--p"
