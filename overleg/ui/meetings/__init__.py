"""Planning meetings, building agendas and taking minutes."""
