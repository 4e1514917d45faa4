"""The emails that keep a notice alive, sent by a scheduled command, each one once."""
