"""E-mail drafts (.eml) that the user's mail program opens for editing and sending."""
