# vm.max_map_count (65530) caps the VMAs of a process: at the cap, any call that would split a VMA (mprotect, munmap, MAP_FIXED, mremap) fails with -ENOMEM, while calls that merge VMAs still work
# a 200000-page PROT_NONE carve-out; flipping every other page to PROT_READ adds two VMAs per call.
# 40000 calls would need 80000 VMAs, so the cap is reached whatever the process had before;
# the calls past the cap fail, which `!= 1` accepts (the outcome is 0 or -ENOMEM, never 1).
# A failing call may have done one of its two splits, so the loop ends with exactly max_map_count VMAs.
require vm.max_map_count <= 80000
r = mmap(NULL, 200000 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
for i in 0..40000: mprotect(r + (2 * i + 1) * PAGE, PAGE, PROT_READ) != 1
# the first calls worked: single-page VMAs
vma(r + PAGE) == [r + PAGE, r + 2 * PAGE)
vma_prot(r + PAGE) == "r--p"
vma(r + 2 * PAGE) == [r + 2 * PAGE, r + 3 * PAGE)
# the last ones did not
vma_prot(r + 79999 * PAGE) == "---p"
# far beyond the loop, in the middle of one big PROT_NONE VMA: every split is refused
m = r + 150000 * PAGE
mprotect(m, PAGE, PROT_READ) == -ENOMEM
munmap(m, PAGE) == -ENOMEM
mmap(m, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == -ENOMEM
mremap(r + PAGE, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, m) == -ENOMEM
vma_prot(m) == "---p"
vma(r + PAGE) == [r + PAGE, r + 2 * PAGE)
# a change that merges three VMAs into one is allowed, and frees two slots
mprotect(r + PAGE, PAGE, PROT_NONE) == 0
vma(r + PAGE) == [r, r + 3 * PAGE)
mprotect(m, PAGE, PROT_READ) == 0
vma(m) == [m, m + PAGE)
# and the cap is reached again
mprotect(m + 2 * PAGE, PAGE, PROT_READ) == -ENOMEM
# munmap of a whole VMA needs no split, and frees a slot: two holes, two slots free
munmap(r + 3 * PAGE, PAGE) == 0
munmap(r + 5 * PAGE, PAGE) == 0
vma(r + 3 * PAGE) == NONE
mprotect(m + 2 * PAGE, PAGE, PROT_READ) == 0
# back at the cap, mmap into a hole still works once: mmap refuses only above the cap
mmap(r + 3 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 3 * PAGE
mmap(r + 5 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == -ENOMEM
vma(r + 5 * PAGE) == NONE
