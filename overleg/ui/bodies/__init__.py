"""The consultation bodies screen: bodies and members, people and organisations, schemas."""
