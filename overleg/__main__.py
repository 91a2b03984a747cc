from overleg.cli.main import main

raise SystemExit(main())
