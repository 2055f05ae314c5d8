using System.Collections.Generic;
using System.Text;
using Enefit.DataClassification.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>Writes the generated part of one partial type from its <see cref="TypeSpec"/>.</summary>
internal static class TypeEmitter
{
    /// <summary>The runtime's checks every accessor calls before it returns the value (§6.1, §7.1.2).</summary>
    private const string Checks = GeneratedText.Runtime + "AccessorChecks";
    private const string Exception = GeneratedText.Runtime + "DataProtectionException";
    private const string Entry = GeneratedText.Runtime + "PersonalDataEntry";

    public static void Emit(SourceProductionContext context, TypeSpec type)
        => context.AddSource(type.HintName, SourceText.From(Write(type), Encoding.UTF8));

    public static string Write(TypeSpec type)
    {
        var writer = new SourceWriter();
        GeneratedText.WriteHeader(writer, type.NullableAnnotations);
        var blocks = 0;
        if (type.Namespace.Length > 0)
        {
            writer.Open("namespace " + type.Namespace);
            blocks++;
        }

        foreach (var containing in type.ContainingTypes)
        {
            writer.Open(Header(containing));
            blocks++;
        }

        writer.Open(Header(type.Declaration));
        new MemberWriter(writer, type).WriteAll();
        writer.Close();
        for (; blocks > 0; blocks--)
        {
            writer.Close();
        }

        return writer.ToString();
    }

    private static string Header(TypeDeclarationSpec declaration)
        => declaration.Modifiers + "partial " + declaration.Keyword + " " + declaration.Name;

    /// <summary>Writes the members of one type, a blank line between them.</summary>
    private sealed class MemberWriter
    {
        private readonly SourceWriter _writer;
        private readonly TypeSpec _type;
        private bool _first = true;

        public MemberWriter(SourceWriter writer, TypeSpec type)
        {
            _writer = writer;
            _type = type;
        }

        public void WriteAll()
        {
            foreach (var member in _type.Members)
            {
                if (member.AccessorName is null)
                {
                    continue;
                }

                if (member.Category != ClassifiedCategory.MarketingOnly)
                {
                    WritePurposeAccessor(member);
                }

                WriteConsentAccessor(member);
            }

            if (_type.Export != ExportKind.None)
            {
                WriteExport();
            }

            switch (_type.Text)
            {
                case { Kind: TextKind.ToString } text:
                    WriteToString(text);
                    break;
                case { } text:
                    WritePrintMembers(text);
                    break;
            }
        }

        /// <summary>§6.1, §7.1.2: a contract purpose reads master and communication data; a marketing purpose may not without consent.</summary>
        private void WritePurposeAccessor(ClassifiedMemberSpec member)
        {
            WriteAccessorHeader(
                member,
                new[] { $"Reads <see cref=\"{member.Reference}\"/>, {GeneratedText.DescribeCategory(member.Category)}, for a contract purpose (§6.1), which needs no consent." },
                "<param name=\"purpose\">The purpose the caller processes the data for.</param>",
                new[]
                {
                    "<paramref name=\"purpose\"/> is a marketing purpose (§7.3), which needs the client's checked consent (§7.1.2):",
                    $"read through the overload that takes a <see cref=\"{GeneratedText.Runtime}MarketingConsent\"/>.",
                });
            _writer.Open($"{member.AccessorModifier} {member.TypeName} {member.AccessorName}({GeneratedText.Runtime}Purpose purpose)");
            Line($"{Checks}.CheckPurpose(purpose, {Refused(member)});");
            Line($"return this.{member.Reference};");
            _writer.Close();
        }

        /// <summary>§7.1.2, §7.4: with a valid proof for this object's client, every category may be read.</summary>
        private void WriteConsentAccessor(ClassifiedMemberSpec member)
        {
            var summary = new List<string>
            {
                $"Reads <see cref=\"{member.Reference}\"/>, {GeneratedText.DescribeCategory(member.Category)}, for a marketing purpose (§7.3) of a client whose consent was checked (§7.1.2).",
            };
            if (member.Category == ClassifiedCategory.MarketingOnly)
            {
                summary.Add("Contract purposes (§6.1) may not use marketing-only data at all, so no overload takes a purpose.");
            }

            WriteAccessorHeader(
                member,
                summary,
                "<param name=\"consent\">The proof, issued by the consent registry, that the client's marketing consent was checked.</param>",
                new[]
                {
                    _type.SubjectId is null
                        ? "<paramref name=\"consent\"/> is not a valid proof, such as <c>default</c> (§7.1.2)."
                        : "<paramref name=\"consent\"/> is not a valid proof, such as <c>default</c>, or it was checked for another client than this object's (§7.1.2).",
                });
            _writer.Open($"{member.AccessorModifier} {member.TypeName} {member.AccessorName}({GeneratedText.Runtime}MarketingConsent consent)");
            // §7.1.2: with a [SubjectId], the proof must also be for this object's client.
            var subject = _type.SubjectId switch
            {
                null => string.Empty,
                { IsString: true } subjectId => $"this.{subjectId.Reference}, ",
                { } subjectId => $"global::System.Convert.ToString(this.{subjectId.Reference}, global::System.Globalization.CultureInfo.InvariantCulture), ",
            };
            Line($"{Checks}.CheckConsent(consent, {subject}{Refused(member)});");
            Line($"return this.{member.Reference};");
            _writer.Close();
        }

        /// <summary>An accessor's documentation (what it reads, and when it refuses) and its <c>[GeneratedCode]</c>.</summary>
        private void WriteAccessorHeader(
            ClassifiedMemberSpec member,
            IEnumerable<string> summary,
            string parameter,
            IEnumerable<string> refusal)
        {
            BeginMember();
            Line("/// <summary>");
            foreach (var line in summary)
            {
                Line("/// " + line);
            }

            Line("/// </summary>");
            Line("/// " + parameter);
            Line($"/// <returns>The value of <see cref=\"{member.Reference}\"/>.</returns>");
            Line($"/// <exception cref=\"{Exception}\">");
            foreach (var line in refusal)
            {
                Line("/// " + line);
            }

            Line("/// </exception>");
            Line(GeneratedText.GeneratedCodeAttribute);
        }

        /// <summary>What a refusal names: the member, as <c>Customer.Email</c>, and its category.</summary>
        private string Refused(ClassifiedMemberSpec member)
            => $"{GeneratedText.Literal(_type.DisplayName + "." + member.Name)}, {GeneratedText.CategoryValue(member.Category)}";

        /// <summary>§11.1: the client's copy of its data, and the data it may take to another provider.</summary>
        private void WriteExport()
        {
            BeginMember();
            Line("/// <summary>");
            Line("/// Returns every classified value this object holds, with its member name, category and fideslang key:");
            Line("/// the client's copy of its data and the data it may take to another provider (§11.1).");
            Line("/// </summary>");
            Line("/// <returns>One entry per classified member, as declared.</returns>");
            Line(GeneratedText.GeneratedCodeAttribute);
            var modifier = _type.Export switch
            {
                ExportKind.Virtual => "public virtual",
                ExportKind.Override => "public override",
                ExportKind.Hide => "public new",
                _ => "public",
            };
            _writer.Open($"{modifier} global::System.Collections.Generic.IReadOnlyList<{Entry}> ExportPersonalData()");
            if (_type.Export == ExportKind.Override)
            {
                Line($"var entries = new global::System.Collections.Generic.List<{Entry}>(base.ExportPersonalData());");
                foreach (var member in _type.Members)
                {
                    Line($"entries.Add({NewEntry(member)});");
                }

                Line("return entries;");
            }
            else
            {
                _writer.Open($"return new {Entry}[]");
                foreach (var member in _type.Members)
                {
                    Line(NewEntry(member) + ",");
                }

                _writer.Close(";");
            }

            _writer.Close();
        }

        private static string NewEntry(ClassifiedMemberSpec member)
            => $"new {Entry}({GeneratedText.Literal(member.Name)}, {GeneratedText.CategoryValue(member.Category)}, {GeneratedText.Literal(member.Kind)}, this.{member.Reference})";

        /// <summary>§3.2, §3.3: classified values never reach a string by accident.</summary>
        private void WriteToString(TextSpec text)
        {
            BeginMember();
            Line("/// <summary>");
            Line("/// Describes this object as a record would, with every classified value replaced by its category, such as");
            Line("/// <c>[MasterData]</c>, so that client data does not leak into logs, traces or error messages (§3.2, §3.3).");
            Line("/// </summary>");
            Line("/// <returns>The type's name and its public members, classified ones redacted.</returns>");
            Line(GeneratedText.GeneratedCodeAttribute);
            _writer.Open("public override string ToString()");
            _writer.Continued("return ", PrintedOperands(text.TypeName + " { ", text, text.Members.IsEmpty ? "}" : " }"), ";");
            _writer.Close();
        }

        /// <summary>§3.2, §3.3: the record's compiler-made <c>ToString</c> prints through this method.</summary>
        private void WritePrintMembers(TextSpec text)
        {
            BeginMember();
            Line("/// <summary>");
            Line("/// Prints this record's public members for its <c>ToString</c>, with every classified value replaced by its category,");
            Line("/// such as <c>[MasterData]</c>, so that client data does not leak into logs, traces or error messages (§3.2, §3.3).");
            Line("/// </summary>");
            Line("/// <param name=\"builder\">The text being built.</param>");
            Line("/// <returns>Whether anything was printed.</returns>");
            Line(GeneratedText.GeneratedCodeAttribute);
            var modifier = text.Kind switch
            {
                TextKind.VirtualPrintMembers => "protected virtual",
                TextKind.OverridePrintMembers => "protected override",
                _ => "private",
            };
            _writer.Open($"{modifier} bool PrintMembers(global::System.Text.StringBuilder builder)");
            Line("global::System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();");
            if (text.Members.IsEmpty)
            {
                Line(text.Kind == TextKind.OverridePrintMembers ? "return base.PrintMembers(builder);" : "return false;");
            }
            else
            {
                if (text.Kind == TextKind.OverridePrintMembers)
                {
                    _writer.Open("if (base.PrintMembers(builder))");
                    Line("builder.Append(\", \");");
                    _writer.Close();
                    _writer.BlankLine();
                }

                _writer.Continued("builder.Append(", PrintedOperands(string.Empty, text, string.Empty), ");");
                Line("return true;");
            }

            _writer.Close();
        }

        /// <summary>
        /// The operands of one string concatenation that prints <paramref name="prefix"/>, the <c>Name = value</c> pairs
        /// of <paramref name="text"/> (a classified value as its category placeholder) and <paramref name="suffix"/>, the
        /// texts between two values joined into one literal, which always comes first. One concatenation rather than a
        /// <c>StringBuilder.Append</c> per piece: every <c>Append</c> is an overload resolution among its twenty-odd
        /// overloads, and compiling the appends took the generated <c>ToString</c>s about three times as long
        /// (benchmarks/README.md). A value is cast to <c>object</c> so that the language's own concatenation applies, never
        /// an <c>operator +</c> of the member's type, and prints as a record prints it: its <c>ToString()</c>, nothing for null.
        /// </summary>
        private List<string> PrintedOperands(string prefix, TextSpec text, string suffix)
        {
            var operands = new List<string>();
            var literal = new StringBuilder(prefix);
            for (var i = 0; i < text.Members.Count; i++)
            {
                var member = text.Members[i];
                literal.Append(i == 0 ? string.Empty : ", ").Append(member.Name).Append(" = ");
                if (member.Category is { } category)
                {
                    literal.Append(GeneratedText.Placeholder(category));
                    continue;
                }

                operands.Add(GeneratedText.Literal(literal.ToString()));
                literal.Clear();
                operands.Add($"{(_type.NullableAnnotations ? "(object?)" : "(object)")}this.{member.Reference}");
            }

            literal.Append(suffix);
            if (literal.Length > 0)
            {
                operands.Add(GeneratedText.Literal(literal.ToString()));
            }

            return operands;
        }

        private void BeginMember()
        {
            if (!_first)
            {
                _writer.BlankLine();
            }

            _first = false;
        }

        private void Line(string line) => _writer.Line(line);
    }
}
