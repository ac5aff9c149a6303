return Matching.Cli.CommandLine.Start(args);
