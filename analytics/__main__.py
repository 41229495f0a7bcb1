from analytics.cli.main import main

raise SystemExit(main())
