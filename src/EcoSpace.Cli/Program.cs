using EcoSpace.Cli;

// Composition only: the commands live in Commands/, one file each.
var parse = EcoSpaceCommandLine.Build().Parse(args);
return parse.Errors.Count > 0 ? EcoSpaceCommandLine.ReportParseErrors(parse) : parse.Invoke();
