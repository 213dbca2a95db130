"""The city's support measures for a firm: what it can claim (`matching`), roughly how much
(`amounts`), and the action plan that closes its gaps (`plan`)."""
