"""A structure asks to join the portal; the portal's editors accept it (which opens its workspace) or
refuse it, with the reason."""
