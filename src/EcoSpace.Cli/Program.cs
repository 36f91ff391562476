using EcoSpace.Cli;

// Composition only: the commands live in Commands/, one file each.
return EcoSpaceCommandLine.Build().Parse(args).Invoke();
