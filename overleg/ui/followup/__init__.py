"""Following up: the action list, the decision register and the planning ahead."""
