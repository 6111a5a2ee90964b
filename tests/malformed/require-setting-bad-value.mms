# the value must be one the key takes
require fault_around_bytes == lots
