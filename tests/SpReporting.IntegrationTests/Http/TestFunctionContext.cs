using Microsoft.Azure.Functions.Worker;

namespace SpReporting.IntegrationTests.Http;

/// <summary>
/// The least a <see cref="FunctionContext"/> must be for an HTTP request object to exist outside the
/// host. The function classes under test take their services by constructor, so nothing here is used
/// beyond identity and cancellation.
/// </summary>
internal sealed class TestFunctionContext(string functionName) : FunctionContext
{
    public override string InvocationId { get; } = Guid.NewGuid().ToString("N");

    public override string FunctionId => functionName;

    public override TraceContext TraceContext => throw new NotSupportedException();

    public override BindingContext BindingContext => throw new NotSupportedException();

    public override RetryContext RetryContext => throw new NotSupportedException();

    public override IServiceProvider InstanceServices { get; set; } = new NoServices();

    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => throw new NotSupportedException();

    public override CancellationToken CancellationToken => CancellationToken.None;

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
