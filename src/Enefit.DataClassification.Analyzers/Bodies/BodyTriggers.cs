namespace Enefit.DataClassification.Analyzers.Bodies;

/// <summary>What the names and keywords of a body may lead the rules to: which rules must bind the body.</summary>
[System.Flags]
internal enum BodyTriggers
{
    None = 0,

    /// <summary>Client data may be read or held: the consent and purpose rules, EDC0006 and EDC0009.</summary>
    ClientData = 1,

    /// <summary>A method marked <c>[ElectronicMarketingSend]</c> may be called: EDC0005.</summary>
    ElectronicSend = 2,

    /// <summary>A proof may be made by hand (<c>default</c>, <c>new()</c>, a proof type, <c>Issue</c>): EDC0007.</summary>
    ProofMaking = 4,

    /// <summary><c>GetProperty</c>, <c>GetField</c>, <c>GetMember</c> or <c>GetMethod</c> may be called: EDC0010.</summary>
    Reflection = 8,

    /// <summary>A subject id, or an object that holds one, may be read: EDC0009, for which an id identifies a client too.</summary>
    IdentifyingData = 16,

    All = ClientData | ElectronicSend | ProofMaking | Reflection | IdentifyingData,
}
