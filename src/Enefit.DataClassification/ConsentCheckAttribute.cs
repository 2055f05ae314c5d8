using System;

namespace Enefit.DataClassification;

/// <summary>
/// Marks a member whose <see langword="true"/> means "this subject consented to marketing" (§7.1.2, §7.3):
/// a method returning <see cref="bool"/>, <c>Task&lt;bool&gt;</c> or <c>ValueTask&lt;bool&gt;</c> whose first argument
/// is the subject, a Try-pattern method with an <c>out</c> <see cref="MarketingConsent"/>, or a <see cref="bool"/>
/// property or field of a subject type. The analyzers treat code that runs after it returned true as consented.
/// A member that implements or overrides a marked member is a check too.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class ConsentCheckAttribute : Attribute
{
}
