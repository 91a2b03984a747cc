"""Excel workbooks written from the action list and the decision register."""
