namespace EcoSpace.Core.Schema;

/// <summary>One allowed value of a code list, with its Chinese and English labels.</summary>
public sealed record CodeValue(string Value, string Zh, string En);
