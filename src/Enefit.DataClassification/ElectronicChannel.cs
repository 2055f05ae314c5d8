namespace Enefit.DataClassification;

/// <summary>
/// The electronic channels on which a client may forbid offers whatever its consent (§8.1).
/// </summary>
public enum ElectronicChannel
{
    /// <summary>E-mail.</summary>
    Email,

    /// <summary>Short message (SMS).</summary>
    Sms,

    /// <summary>Multimedia message (MMS).</summary>
    Mms,
}
