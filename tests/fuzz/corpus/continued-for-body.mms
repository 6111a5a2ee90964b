for i in 0..2: \

