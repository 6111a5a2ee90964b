# words compare with == and != only
require thp.enabled >= madvise
