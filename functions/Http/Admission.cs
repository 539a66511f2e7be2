using Microsoft.Azure.Functions.Worker.Http;

namespace SpReporting.Functions.Http;

/// <summary>The outcome of <see cref="SignIn"/>: the admitted caller, or the response that refuses the request.</summary>
public sealed record Admission(Caller? Caller, HttpResponseData? Refusal);
