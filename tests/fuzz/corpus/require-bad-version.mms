require kernel >= six
