namespace SpReporting.Partials;

/// <summary>Anything that can give a component's total by name: a <see cref="Partial"/> or a merged vector.</summary>
public interface IComponentSource
{
    double this[string component] { get; }
}
