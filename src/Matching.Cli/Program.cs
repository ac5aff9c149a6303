return Matching.Cli.CommandLine.Run(args);
