namespace Matching.Learning;

/// <summary>
/// The decisions are too few or too one-sided to learn weights from; the message says why.
/// Nothing is learned: keep the current weights and record more decisions.
/// </summary>
public sealed class InsufficientDecisionsException : Exception
{
    /// <summary>Creates the exception with one message, in English and as <see cref="MessageFr"/>.</summary>
    /// <param name="message">Why the decisions do not suffice.</param>
    public InsufficientDecisionsException(string message) : this(message, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the decisions do not suffice, in English (<see cref="Exception.Message"/>).</param>
    /// <param name="messageFr">The same in French.</param>
    public InsufficientDecisionsException(string message, string messageFr) : base(message)
    {
        MessageFr = messageFr;
    }

    /// <summary>Why the decisions do not suffice, in French.</summary>
    public string MessageFr { get; }
}
